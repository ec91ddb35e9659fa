"""Schemathesis hooks for tests/e2e/api_contract.rs: another organisation's ids are always 404.

After each successful answer to an operation that takes an id in its path, the request is sent
again with another organisation's credentials instead of the run's own, once with each kind the
operation takes (its admin token VERACITY_OTHER_ADMIN_TOKEN, its API key VERACITY_OTHER_API_KEY),
and so is a DELETE of the same path where the API has one. Every one of those must be answered 404 Not Found: not
403, which would confirm that the id exists, and never 2xx. A correct server changes nothing
on such a request; a DELETE that got through is itself the failure being looked for.

The run's admin token and API key are one organisation's. Schemathesis reuses ids it reads in
answers, so it would revoke, rotate or narrow the very key it runs with: a change to that key
(VERACITY_OWN_KEY_IDS: its id and its DMI id) is sent for a key that does not exist instead.

The `ignored_auth` check sends invalid credentials to each operation and expects 401 or 403;
after 30 invalid API keys a minute from one address Veracity answers 429 instead (a refusal
all the same, and the brute-force limit README documents), so those answers are not failures.
"""

from __future__ import annotations

import atexit
import json
import os

import requests
import schemathesis
from schemathesis.openapi.checks import IgnoredAuth

_OTHER = {
    "admin token": {"Authorization": f"Bearer {os.environ['VERACITY_OTHER_ADMIN_TOKEN']}"},
    "API key": {"Authorization": f"Bearer {os.environ['VERACITY_OTHER_API_KEY']}"},
}
_OWN_KEY_IDS = set(os.environ["VERACITY_OWN_KEY_IDS"].split(","))
_NO_SUCH_KEY = {"key_id": "key_00000000000000000000000000"}
_SESSION = requests.Session()
# Each (method, URL, credentials) is probed once: the stateful phase reads a resource many times.
_PROBED: set[tuple[str, str, str]] = set()
# Probes answered 404, by operation and credentials ("GET /v1/jobs/{job_id} as API key"),
# written at exit to the file VERACITY_CONTRACT_PROBES names, so that the test can tell that
# each kind of resource was probed with each kind of credentials it takes.
_REFUSED: dict[str, int] = {}


@atexit.register
def _write_probes() -> None:
    if path := os.environ.get("VERACITY_CONTRACT_PROBES"):
        with open(path, "w", encoding="utf-8") as out:
            json.dump(_REFUSED, out, indent=1, sort_keys=True)


def _credentials(case) -> list[str]:
    """The kinds of credentials the operation takes, as its `security` lists them."""
    operation = case.operation.schema.raw_schema["paths"][case.path][case.method.lower()]
    schemes = {name for requirement in operation.get("security", []) for name in requirement}
    kinds = []
    if "AdminToken" in schemes:
        kinds.append("admin token")
    if schemes & {"ApiKeyBearer", "ApiKeyHeader"}:
        kinds.append("API key")
    return kinds


def _as_other_organisation(sent: requests.PreparedRequest, method: str, kind: str) -> requests.PreparedRequest:
    """`sent` again (or a bodiless `method` of its URL) with the other organisation's credentials."""
    skip = {"authorization", "x-api-key", "content-length", "transfer-encoding"}
    if method != sent.method:
        skip.add("content-type")
    headers = {name: value for name, value in sent.headers.items() if name.lower() not in skip}
    headers.update(_OTHER[kind])
    body = sent.body if method == sent.method else None
    return requests.Request(method, sent.url, headers=headers, data=body).prepare()


@schemathesis.check
def other_organisations_get_404(ctx, response, case):
    """The run's own resource, asked for with another organisation's credentials, is 404."""
    if not case.path_parameters or not 200 <= response.status_code < 300:
        return None
    method = case.method.upper()
    if method == "DELETE":
        return None  # the resource is gone, so a 404 now would prove nothing
    methods = [method]
    if "delete" in case.operation.schema.raw_schema["paths"][case.path]:
        methods.append("DELETE")
    for probe_method in methods:
        for kind in _credentials(case):
            if (probe_method, response.request.url, kind) in _PROBED:
                continue
            _PROBED.add((probe_method, response.request.url, kind))
            probe = _as_other_organisation(response.request, probe_method, kind)
            answer = _SESSION.send(probe, timeout=30, allow_redirects=False)
            if answer.status_code != 404:
                raise AssertionError(
                    f"Another organisation's {probe_method} {response.request.path_url} with its {kind} was "
                    f"answered {answer.status_code}, not 404 (the owner's {method} got {response.status_code}):\n"
                    f"{answer.text[:500]}"
                )
            label = f"{probe_method} {case.path} as {kind}"
            _REFUSED[label] = _REFUSED.get(label, 0) + 1
    return None


@schemathesis.hook
def filter_failure(context, failure, case, response):
    """Keeps every failure but `ignored_auth`'s report of the invalid-key limiter's 429."""
    return not (isinstance(failure, IgnoredAuth) and "got `429 " in failure.message)


@schemathesis.hook
def before_call(context, case, kwargs):
    """Points a change to the run's own API key at a key that does not exist."""
    if case.method.upper() != "GET" and str((case.path_parameters or {}).get("key_id")) in _OWN_KEY_IDS:
        key_id = _NO_SUCH_KEY["key_id"] if case.path.startswith("/v1/") else "1"
        case.path_parameters["key_id"] = key_id
