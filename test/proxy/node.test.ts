import { proxyContract } from './support/contract';
import { nodeRuntime } from './support/runtimes';

proxyContract(nodeRuntime);
