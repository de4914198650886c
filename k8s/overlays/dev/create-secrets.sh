#!/usr/bin/env bash
# Creates the Secrets of the dev overlay in namespace onme-dev (or $ONME_NAMESPACE), once:
# random database passwords, the launcher's development JWT key pair so that tokens from
# `./onme token` are accepted by the dev cluster, and its journal-service service-token key. Secrets that already exist are left alone
# (the databases were initialised with their passwords). No value is ever written to the repo.
#
#   ./k8s/overlays/dev/create-secrets.sh && kubectl apply -k k8s/overlays/dev
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
NS="${ONME_NAMESPACE:-onme-dev}"
KEYS="${ONME_DATA:-$ROOT/data}/keys"

[ -f "$KEYS/jwt-private.pem" ] && [ -f "$KEYS/jwt-public.pem" ] && [ -f "$KEYS/journal-service-private.pem" ] \
  && [ -f "$KEYS/journal-service.kid" ] && [ -f "$KEYS/service-jwks.json" ] || {
  echo "no development keys in $KEYS: run ./onme up once (it creates data/keys)" >&2
  exit 1
}

random() { openssl rand -hex 24; }
absent() { ! kubectl -n "$NS" get secret "$1" >/dev/null 2>&1 || { echo "secret $1 exists, kept"; false; }; }

kubectl get namespace "$NS" >/dev/null 2>&1 || kubectl create namespace "$NS"

absent postgres-superuser && kubectl -n "$NS" create secret generic postgres-superuser \
  --from-literal=password="$(random)"

absent playbook-db && kubectl -n "$NS" create secret generic playbook-db --type=kubernetes.io/basic-auth \
  --from-literal=username=playbook --from-literal=password="$(random)"

absent scoring-db && kubectl -n "$NS" create secret generic scoring-db --type=kubernetes.io/basic-auth \
  --from-literal=username=scoring --from-literal=password="$(random)"

# No credentials in dev (the NetworkPolicies admit only journal-service); still a Secret, as in prod.
absent journal-mongodb && kubectl -n "$NS" create secret generic journal-mongodb \
  --from-literal=connectionString.standard="mongodb://mongodb-0.mongodb:27017/journal?replicaSet=rs0&w=majority"

# journal-service's own service-token key (not the user-token key) and its kid; scoring trusts its JWKS
absent journal-signing-key && kubectl -n "$NS" create secret generic journal-signing-key \
  --from-file=private-key.pem="$KEYS/journal-service-private.pem" \
  --from-file=key-id="$KEYS/journal-service.kid"

absent service-token-keys && kubectl -n "$NS" create secret generic service-token-keys \
  --from-file=jwks.json="$KEYS/service-jwks.json"

absent jwt-verify-key && kubectl -n "$NS" create secret generic jwt-verify-key \
  --from-file=jwt-public.pem="$KEYS/jwt-public.pem"

echo "secrets ready in namespace $NS"
