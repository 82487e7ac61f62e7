#!/usr/bin/env bash
# Start-up time and memory of the command line, side by side with a bare JVM start.
#
#   benchmarks/startup/measure.sh [--rounds N] [--launcher PATH]... [--java-home DIR]
#
# For each case it alternates `java -cp . Hello` and the case N times (default 21), records the wall time and the
# maximum resident set size (/usr/bin/time) of every run, and prints the medians and the median of the per-round
# ratios case / bare JVM. The ratio is the figure to compare across machines and loads: both commands see the same
# load within a round. Several --launcher options (say, the launcher of another checkout, for a before/after) run
# in the same rounds, one after the other; the default is this checkout's ./cortexflow. Cases:
#   validate small   one 2.4 KB descriptor (examples' deploy-service.yaml)
#   validate large   a 2,000-block, 709 KB chain (large-descriptor.sh)
#   push small       one descriptor to a local sandbox, already there: one list request, nothing written
# Everything it writes is under benchmarks/target/startup. Not run by the build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rounds=21
launchers=()
java_home=""
while (($#)); do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --launcher) launchers+=("$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"); shift 2 ;;
    --java-home) java_home="$2"; shift 2 ;;
    *) echo "usage: $0 [--rounds N] [--launcher PATH] [--java-home DIR]" >&2; exit 2 ;;
  esac
done
((${#launchers[@]})) || launchers=("$root/cortexflow")
if [[ -n "$java_home" ]]; then
  export PATH="$java_home/bin:$PATH"
fi
[[ -x /usr/bin/time ]] || { echo "$0: /usr/bin/time is needed (Debian: apt-get install time)" >&2; exit 2; }

work="$root/benchmarks/target/startup"
mkdir -p "$work"
cd "$work"
printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n' >Hello.java
[[ Hello.class -nt Hello.java ]] || javac --release 17 -d . Hello.java
cp "$root/examples/src/test/resources/golden/deploy-service.yaml" small.yaml
[[ -f large.yaml && large.yaml -nt "$here/large-descriptor.sh" ]] || "$here/large-descriptor.sh" 2000 >large.yaml

for launcher in "${launchers[@]}"; do
  "$launcher" --version >/dev/null # builds the jar and records the start-up archive, when needed
done
"${launchers[0]}" sandbox --port 0 >sandbox.log 2>&1 &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null; wait "$sandbox" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q 'listening on' sandbox.log && break
  sleep 0.1
done
url="$(sed -n 's/^sandbox listening on \(http[^ ]*\).*/\1/p' sandbox.log)"
[[ -n "$url" ]] || { echo "$0: the sandbox did not start:" >&2; cat sandbox.log >&2; exit 1; }
export CORTEX_API_URL="$url" CORTEX_API_TOKEN="startup-benchmark"
"${launchers[0]}" push small.yaml >/dev/null

# run CMD...: one run; sets ms (wall, milliseconds) and kib (maximum resident set size).
run() {
  local start end
  start="${EPOCHREALTIME/[.,]/}"
  /usr/bin/time -f %M -o rss.txt "$@" >/dev/null 2>run.err || { echo "$0: failed: $*" >&2; cat run.err >&2; exit 1; }
  end="${EPOCHREALTIME/[.,]/}"
  ms=$(((end - start) / 1000))
  kib="$(tail -1 rss.txt)"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure NAME ARGS...: the rounds of one case, for every launcher.
measure() {
  local name="$1"
  shift
  local bare_ms=() bare_kib=() i l count="${#launchers[@]}"
  local -a case_ms case_kib ratios
  for ((l = 0; l < count; l++)); do case_ms[l]=""; case_kib[l]=""; ratios[l]=""; done
  for ((i = 0; i < rounds; i++)); do
    run java -cp . Hello
    bare_ms+=("$ms"); bare_kib+=("$kib")
    for ((l = 0; l < count; l++)); do
      run "${launchers[l]}" "$@"
      case_ms[l]+="$ms "; case_kib[l]+="$kib "
      ratios[l]+="$(awk -v c="$ms" -v b="${bare_ms[-1]}" 'BEGIN { printf "%.3f", c / b }') "
    done
  done
  for ((l = 0; l < count; l++)); do
    printf '%-16s %8s ms %8s MiB %9s ms %8s MiB %9s  %s\n' "$name" \
      "$(printf '%s\n' ${case_ms[l]} | median)" \
      "$(printf '%s\n' ${case_kib[l]} | median | awk '{ printf "%.1f", $1 / 1024 }')" \
      "$(printf '%s\n' "${bare_ms[@]}" | median)" \
      "$(printf '%s\n' "${bare_kib[@]}" | median | awk '{ printf "%.1f", $1 / 1024 }')" \
      "$(printf '%s\n' ${ratios[l]} | median)×" "${launchers[l]}"
  done
}

echo "$(java -version 2>&1 | head -1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds"
printf '%-16s %11s %12s %12s %12s %10s  %s\n' case wall RSS 'bare wall' 'bare RSS' ratio launcher
measure "validate small" validate small.yaml
measure "validate large" validate large.yaml
measure "push small" push small.yaml
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
