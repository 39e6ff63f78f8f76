# Pinned versions of the emulators tests/live installs (sourced by install.sh and run.sh).
LOCALSTACK_VERSION=2026.3.0
S3S_FS_VERSION=0.14.1
AZURITE_VERSION=3.37.0
FAKE_GCS_WRAPPER_VERSION=0.1.1
