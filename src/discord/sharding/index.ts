export { isShardProcess, type RunningManager, startShardingManager } from "./manager.js";
export { exposeReload, shardCluster, shardName } from "./shard-cluster.js";
