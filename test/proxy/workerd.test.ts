import { proxyContract } from './support/contract';
import { recordsContract } from './support/records-contract';
import { workerdRuntime } from './support/runtimes';

proxyContract(workerdRuntime);
recordsContract(workerdRuntime);
