#!/usr/bin/env bash
# Posts a plan summary (Markdown) on a pull request, or updates the comment an earlier run posted,
# so each pull request carries one plan comment that always shows the latest plan.
#
# Usage: comment-plan.sh SUMMARY.md
# Environment: GH_TOKEN (may write pull-request comments), GH_REPO (owner/name), PR_NUMBER.
set -euo pipefail

summary_file="$1"
: "${GH_REPO:?GH_REPO names the repository, owner/name}"
: "${PR_NUMBER:?PR_NUMBER names the pull request}"

# The hidden first line by which a later run finds this comment again.
marker='<!-- mojohelpdesk-plan-summary -->'

body_file="$(mktemp)"
trap 'rm -f "$body_file"' EXIT
{
  printf '%s\n' "$marker"
  cat "$summary_file"
} >"$body_file"

# The comments on the pull request that start with the marker, oldest first; the first is kept.
marked_ids="$(
  gh api --paginate "repos/$GH_REPO/issues/$PR_NUMBER/comments" \
    --jq ".[] | select(.body | startswith(\"$marker\")) | .id"
)"
comment_id="${marked_ids%%$'\n'*}"

if [ -n "$comment_id" ]; then
  gh api --method PATCH "repos/$GH_REPO/issues/comments/$comment_id" \
    -F "body=@$body_file" --silent
  echo "Updated the plan comment $comment_id on pull request $PR_NUMBER."
else
  gh api --method POST "repos/$GH_REPO/issues/$PR_NUMBER/comments" \
    -F "body=@$body_file" --silent
  echo "Posted the plan comment on pull request $PR_NUMBER."
fi
