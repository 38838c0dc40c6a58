import { proxyContract } from './support/contract';
import { recordsContract } from './support/records-contract';
import { regionContract, workerdRegion } from './support/region-contract';
import { workerdRuntime } from './support/runtimes';

proxyContract(workerdRuntime);
recordsContract(workerdRuntime);
regionContract(workerdRegion);
