#!/usr/bin/env bash
# Runs every sample test case through the command-line runner and prints each result.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/sfn-testkit-cli.jar
[ -f "$jar" ] || mvn -B -q -ntp package -DskipTests
dir=samples/order-processing
for tc in HappyPath ThrottledThenCharged CardDeclined InvalidOrder; do
  echo "== order-processing / $tc"
  java -jar "$jar" run --definition "$dir/order.asl.json" --input "$dir/input.json" \
    --mock-config "$dir/MockConfigFile.json" --state-machine Order --test-case "$tc" \
    | python3 -c 'import json,sys; r=json.load(sys.stdin); print("  status:", r["status"], "| error:", r["error"], "| output:", json.dumps(r["output"])); print("  path:", " -> ".join(e["stateEnteredEventDetails"]["name"] for e in r["events"] if e["type"].endswith("StateEntered")))' || true
done
