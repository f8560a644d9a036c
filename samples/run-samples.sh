#!/usr/bin/env bash
# Runs the sample workflows without Maven's test phase: every scenario file of samples/ through the
# command-line runner (a JUnit-style summary, JUnit XML and a coverage report), then the Step
# Functions Local test cases of order-processing/MockConfigFile.json, each with its path.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/sfn-testkit-cli.jar
[ -f "$jar" ] || mvn -B -q -ntp package -DskipTests
out=samples/target/run-samples
rm -rf "$out"

echo "== scenario files (samples/*/*.sfn-test.yaml)"
status=0
java -jar "$jar" test samples --reports-dir "$out/junit" --coverage-dir "$out/coverage" || status=$?
java -jar "$jar" coverage report --data "$out/coverage" --out "$out/coverage-report"
echo "JUnit XML: $out/junit   coverage report: $out/coverage-report/index.html"

dir=samples/order-processing
for tc in HappyPath ThrottledThenCharged CardDeclined InvalidOrder; do
  echo "== order-processing / $tc (MockConfigFile.json, Step Functions Local format)"
  java -jar "$jar" run --definition "$dir/order.asl.json" --input "$dir/input.json" \
    --mock-config "$dir/MockConfigFile.json" --state-machine Order --test-case "$tc" \
    | python3 -c 'import json,sys; r=json.load(sys.stdin); print("  status:", r["status"], "| error:", r["error"], "| output:", json.dumps(r["output"])); print("  path:", " -> ".join(e["stateEnteredEventDetails"]["name"] for e in r["events"] if e["type"].endswith("StateEntered")))' || true
done
exit $status
