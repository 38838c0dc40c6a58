import { proxyContract } from './support/contract';
import { recordsContract } from './support/records-contract';
import { nodeRegion, regionContract } from './support/region-contract';
import { nodeRuntime } from './support/runtimes';

proxyContract(nodeRuntime);
recordsContract(nodeRuntime);
regionContract(nodeRegion);
