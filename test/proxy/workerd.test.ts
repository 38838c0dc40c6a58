import { proxyContract } from './support/contract';
import { workerdRuntime } from './support/runtimes';

proxyContract(workerdRuntime);
