# Sourced by the Makefile and scripts: puts the project's tools on PATH and tells the
# binary where they are. Safe to source before bootstrap has run (values may be empty then).
_veracity_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$_veracity_root/.venv/bin:$PATH"
export VERACITY_NATS_SERVER="$_veracity_root/.venv/bin/nats-server"
ORT_DYLIB_PATH=$(ls -1 "$_veracity_root"/.venv/lib/python3*/site-packages/onnxruntime/capi/libonnxruntime.so.* 2>/dev/null | head -n 1 || true)
export ORT_DYLIB_PATH
unset _veracity_root
