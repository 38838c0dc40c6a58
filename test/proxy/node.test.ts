import { proxyContract } from './support/contract';
import { recordsContract } from './support/records-contract';
import { nodeRuntime } from './support/runtimes';

proxyContract(nodeRuntime);
recordsContract(nodeRuntime);
