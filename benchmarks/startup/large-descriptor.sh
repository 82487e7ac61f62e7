#!/usr/bin/env bash
# Prints a chain of N blocks (default 2,000; about 710 KB) of the five most common kinds: HTTP request with a JSON
# payload, JQ, form, set variables, Slack. Every block reads the one before it, so the file is valid.
set -euo pipefail
n="${1:-2000}"
cat <<EOF
name: Start-up benchmark
tag: startup-benchmark
description: A chain of $n blocks of the five most common kinds
isDraft: false
filter:
  type: GLOBAL
variables:
- slug: env
  type: STRING
  defaultValue: dev
  description: Environment the steps act on
isRunnableViaApi: true
actions:
EOF
for ((i = 0; i < n; i++)); do
  previous=$((i - 1))
  case $((i % 5)) in
    0) cat <<EOF
- name: Call service $i
  slug: step-$i
  schema:
    type: HTTP_REQUEST
    url: https://api.example.com/services/{{variables.env}}/$i
    httpMethod: POST
    headers:
      Authorization: Bearer {{context.secrets.token}}
      Content-Type: application/json
    payload: |
      {
        "service": "catalogue-{{variables.env}}-service",
        "step": $i,
        "initiatedBy": "{{context.initiatedBy.email}}",
        "reason": "scheduled maintenance of the service catalogue entries"
      }
EOF
    ;;
    1) cat <<EOF
- name: Shape the answer of step $previous
  slug: step-$i
  schema:
    type: JQ
    expression: '.actions."step-$previous".outputs.body | {id: .id, status: .status, url: .links.self}'
EOF
    ;;
    2) cat <<EOF
- name: Ask for a reason $i
  slug: step-$i
  schema:
    type: USER_INPUT
    inputs:
    - type: INPUT_FIELD
      key: reason
      name: Reason
      required: true
      placeholder: why this change is needed now
    - type: SELECT_FIELD
      key: env
      name: Environment
      required: true
      options:
      - dev
      - staging
      - prod
      allowAdditionalOptions: false
    inputOverrides: []
EOF
    ;;
    3) cat <<EOF
- name: Remember the environment of step $previous
  slug: step-$i
  schema:
    type: SET_VARIABLES
    variables:
    - slug: env
      source:
        type: REFERENCE
        path: actions.step-$previous.outputs.env
EOF
    ;;
    *) cat <<EOF
- name: Announce step $i
  slug: step-$i
  schema:
    type: SLACK
    channel: deploys
    message: 'Step $i done for {{variables.env}} by {{context.initiatedBy.name}}: yes, today'
EOF
    ;;
  esac
  if ((i + 1 < n)); then
    printf '  outgoingActions:\n  - step-%d\n' $((i + 1))
  else
    printf '  outgoingActions: []\n'
  fi
  if ((i == 0)); then printf '  isRootAction: true\n'; else printf '  isRootAction: false\n'; fi
done
cat <<EOF
runRestrictionPolicies: []
restrictActionCompletionToRunnerUser: false
EOF
