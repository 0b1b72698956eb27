#!/usr/bin/env bash
# A local OpenSearch 3.x cluster for Faultline, each node its own JVM, from Maven Central's artifacts only
# (releng/opensearch/pom.xml: the server jar and the transport-netty4 and analysis-common modules, loaded from
# the class path by NodeMain). For trying `faultline index --opensearch` and for the tests and the bench.
#
#   releng/opensearch/cluster.sh start [NODES]   start NODES nodes (default 3; nodes already running are kept)
#                                                and wait until the cluster is green
#   releng/opensearch/cluster.sh status          each node's process and the cluster's health
#   releng/opensearch/cluster.sh stop            stop every node (SIGTERM, SIGKILL after 30 s)
#   releng/opensearch/cluster.sh kill NODE       kill -9 one node (1-based), for trying failures
#
# Environment (all optional):
#   FAULTLINE_OPENSEARCH_HOME  folder of the nodes' data and logs (default ${FAULTLINE_HOME:-~/.faultline}/opensearch)
#   FAULTLINE_OPENSEARCH_PORT  HTTP port of node 1 (default 9200); node i listens on PORT+i-1, transport on PORT+100+i-1
#   FAULTLINE_OPENSEARCH_TRANSPORT_PORT  transport port of node 1 instead of PORT+100
#   FAULTLINE_OPENSEARCH_HEAP  heap per node (default 512m)
#   FAULTLINE_OPENSEARCH_WAIT  seconds `start` waits for green (default 240)
# Nodes bind to 127.0.0.1 only, without TLS or authentication: a cluster for one machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
home="${FAULTLINE_OPENSEARCH_HOME:-${FAULTLINE_HOME:-$HOME/.faultline}/opensearch}"
port="${FAULTLINE_OPENSEARCH_PORT:-9200}"
transport="${FAULTLINE_OPENSEARCH_TRANSPORT_PORT:-$((port + 100))}"
heap="${FAULTLINE_OPENSEARCH_HEAP:-512m}"
wait_seconds="${FAULTLINE_OPENSEARCH_WAIT:-240}"
cluster_name="faultline-local"

usage() {
  sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 1
}

# The node's class path; built once (offline first, the local repository is usually warm).
node_classpath() {
  local cp="$here/target/node-classpath.txt" jar="$here/target/dev.faultline.opensearch.node-0.1.0-SNAPSHOT.jar"
  if [ ! -s "$cp" ] || [ ! -f "$jar" ] || [ -n "$(find "$here/src" "$here/pom.xml" -newer "$jar" -print -quit)" ]; then
    echo "cluster: building the node launcher (releng/opensearch) ..." >&2
    "$root/mvnw" -B -q -o -f "$here/pom.xml" package >&2 || "$root/mvnw" -B -q -f "$here/pom.xml" package >&2
  fi
  echo "$jar:$(cat "$cp")"
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

nodes_started() { ls -d "$home"/node* 2>/dev/null | wc -l; }

health() { curl -s --max-time "${2:-5}" "http://127.0.0.1:$port/_cluster/health${1:-}" || true; }

start() {
  local n="${1:-3}"
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || usage
  . "$root/releng/scripts/find-jdk.sh"
  local java
  java="$(find_jdk)/bin/java"
  local cp seeds="" managers=""
  cp="$(node_classpath)"
  for i in $(seq 1 "$n"); do
    seeds="$seeds${seeds:+,}127.0.0.1:$((transport + i - 1))"
    managers="$managers${managers:+,}node-$i"
  done
  mkdir -p "$home"
  for i in $(seq 1 "$n"); do
    local dir="$home/node$i"
    mkdir -p "$dir"
    if alive "$dir/node.pid"; then
      echo "cluster: node $i already running (pid $(cat "$dir/node.pid"))" >&2
      continue
    fi
    local discovery=("discovery.seed_hosts=$seeds" "cluster.initial_cluster_manager_nodes=$managers")
    [ "$n" -eq 1 ] && discovery=("discovery.type=single-node")
    setsid "$java" "-Xms$heap" "-Xmx$heap" --enable-native-access=ALL-UNNAMED --add-modules=jdk.incubator.vector \
      -XX:+UseSerialGC -Dfile.encoding=UTF-8 -cp "$cp" dev.faultline.opensearch.node.NodeMain \
      "path.home=$dir" "node.name=node-$i" "cluster.name=$cluster_name" "network.host=127.0.0.1" \
      "http.port=$((port + i - 1))" "transport.port=$((transport + i - 1))" "${discovery[@]}" \
      "cluster.routing.allocation.disk.threshold_enabled=false" \
      </dev/null >>"$dir/node.log" 2>&1 &
    echo $! >"$dir/node.pid"
    echo "cluster: node $i started (pid $!, http 127.0.0.1:$((port + i - 1)), log $dir/node.log)" >&2
  done
  local deadline=$((SECONDS + wait_seconds)) status=""
  while [ $SECONDS -lt $deadline ]; do
    status="$(health "?wait_for_nodes=$n&wait_for_status=green&timeout=5s" 8)"
    case "$status" in *'"timed_out":false'*) break ;; esac
    for i in $(seq 1 "$n"); do
      if ! alive "$home/node$i/node.pid"; then
        echo "cluster: node $i exited; the end of its log ($home/node$i/node.log):" >&2
        tail -20 "$home/node$i/node.log" >&2
        exit 3
      fi
    done
    sleep 1
  done
  case "$status" in
    *'"timed_out":false'*) echo "cluster: green, $n node(s); use http://127.0.0.1:$port" ;;
    *) echo "cluster: not green after ${wait_seconds}s: ${status:-no answer on port $port}" >&2; exit 3 ;;
  esac
}

status() {
  local n any=0
  n="$(nodes_started)"
  for i in $(seq 1 "$n"); do
    if alive "$home/node$i/node.pid"; then
      echo "node $i: running (pid $(cat "$home/node$i/node.pid"), http 127.0.0.1:$((port + i - 1)))"
      any=1
    else
      echo "node $i: stopped"
    fi
  done
  [ "$n" -eq 0 ] && echo "no nodes in $home"
  [ "$any" -eq 1 ] && echo "health: $(health)"
  [ "$any" -eq 1 ]
}

stop() {
  local n pids=()
  n="$(nodes_started)"
  for i in $(seq 1 "$n"); do
    if alive "$home/node$i/node.pid"; then
      pids+=("$(cat "$home/node$i/node.pid")")
      kill -TERM "$(cat "$home/node$i/node.pid")"
    fi
  done
  local deadline=$((SECONDS + 30))
  for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  done
  rm -f "$home"/node*/node.pid
  echo "cluster: stopped ${#pids[@]} node(s)" >&2
}

kill_node() {
  local i="${1:-}" file
  [[ "$i" =~ ^[1-9][0-9]*$ ]] || usage
  file="$home/node$i/node.pid"
  alive "$file" || { echo "cluster: node $i is not running" >&2; exit 2; }
  kill -KILL "$(cat "$file")"
  echo "cluster: node $i killed (pid $(cat "$file"))" >&2
  rm -f "$file"
}

case "${1:-}" in
  start) start "${2:-3}" ;;
  status) status ;;
  stop) stop ;;
  kill) kill_node "${2:-}" ;;
  *) usage ;;
esac
