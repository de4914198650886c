#!/usr/bin/env bash
# Release step: pins the prod overlay's images to the digests the registries serve for their tags,
# so production runs exactly the images that were built and tested (k8s/README.md, "Images").
#
#   k8s/pin-images.sh 0.2.0      # OnMe's four images move to tag 0.2.0; every image gets its digest
#   k8s/pin-images.sh            # keep the tags, refresh the digests
#
# Reads each digest with the first of crane, skopeo or docker buildx found (logged in to the
# registries as needed). Rewrites the `images:` entries of k8s/overlays/prod/kustomization.yaml
# (or $KUSTOMIZATION) in place, and with a TAG also the tags of k8s/base/kustomization.yaml (or
# $BASE_KUSTOMIZATION), which dev runs; review with `git diff` and commit. PIN_IMAGES_RESOLVER
# may name a command (a path) that prints the digest of the image reference given as its argument.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FILE="${KUSTOMIZATION:-$ROOT/k8s/overlays/prod/kustomization.yaml}"
BASE="${BASE_KUSTOMIZATION:-$ROOT/k8s/base/kustomization.yaml}"
TAG="${1:-}"
OWN_IMAGES="ghcr.io/onme/"

resolve() {
  if [ -n "${PIN_IMAGES_RESOLVER:-}" ]; then
    "$PIN_IMAGES_RESOLVER" "$1"
  elif command -v crane >/dev/null; then
    crane digest "$1"
  elif command -v skopeo >/dev/null; then
    skopeo inspect --format '{{.Digest}}' "docker://$1"
  elif command -v docker >/dev/null; then
    docker buildx imagetools inspect --format '{{json .Manifest.Digest}}' "$1" | tr -d '"'
  else
    echo "pin-images: no crane, skopeo or docker to read digests with" >&2
    return 1
  fi
}

# One pass over a kustomization's images: list; in each entry `name`, `newName` and `newTag` come
# before `digest`. OnMe's own tags move to TAG (when given); every digest is looked up anew.
rewrite() {
  local file="$1" out name="" new_name="" tag="" in_images=0 line ref digest
  [ -f "$file" ] || { echo "pin-images: no $file" >&2; return 1; }
  out="$(mktemp)"
  while IFS= read -r line; do
    case "$line" in
      images:*) in_images=1 ;;
      [a-z]*) in_images=0 ;;
    esac
    if [ "$in_images" = 1 ]; then
      case "$line" in
        "  - name: "*) name="${line#  - name: }"; new_name=""; tag="" ;;
        "    newName: "*) new_name="${line#    newName: }" ;;
        "    newTag: "*)
          tag="${line#    newTag: }"
          if [ -n "$TAG" ] && [ "${name#"$OWN_IMAGES"}" != "$name" ]; then
            tag="$TAG"
            line="    newTag: $TAG"
          fi ;;
        "    digest: "*)
          ref="${new_name:-$name}:$tag"
          digest="$(resolve "$ref")" || { rm -f "$out"; return 1; }
          [[ "$digest" =~ ^sha256:[0-9a-f]{64}$ ]] || { echo "pin-images: $ref: no digest ($digest)" >&2; rm -f "$out"; return 1; }
          echo "pin-images: $ref@$digest" >&2
          line="    digest: $digest" ;;
      esac
    fi
    printf '%s\n' "$line"
  done < "$file" > "$out"
  cat "$out" > "$file"
  rm -f "$out"
}

rewrite "$FILE"
if [ -n "$TAG" ]; then
  rewrite "$BASE"
fi
