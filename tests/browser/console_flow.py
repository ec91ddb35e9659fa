"""The console in a real browser: Debian's Chromium driven by Playwright against a running
`veracity` (started by tests/e2e/console.rs), with the fake Stripe's hosted Checkout.

The flow: sign up -> create a key (its secret shown once) -> run a detection in the playground ->
see it in Jobs with face boxes -> invite a member, who accepts and sees only what their role
allows -> buy a pack and land on the success page with the balance raised -> revoke the key.
Every page is checked with axe-core (no serious or critical violation) and screenshotted at
desktop size and at 375 px; any console error or Content-Security-Policy violation fails.

Environment: VERACITY_BASE_URL, VERACITY_ROOT (the repository), VERACITY_ARTIFACTS (where the
screenshots go), VERACITY_CHROMIUM (default /usr/lib/chromium/chromium).
"""

from __future__ import annotations

import json
import os
import re
import sys
import uuid
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, expect, sync_playwright

BASE = os.environ["VERACITY_BASE_URL"].rstrip("/")
ROOT = Path(os.environ["VERACITY_ROOT"])
ARTIFACTS = Path(os.environ["VERACITY_ARTIFACTS"])
CHROMIUM = os.environ.get("VERACITY_CHROMIUM", "/usr/lib/chromium/chromium")
AXE = ROOT / "console/node_modules/axe-core/axe.min.js"
FACE = ROOT / "tests/fixtures/faces/newton.png"
PASSWORD = "correct horse battery staple"
TIMEOUT_MS = 30_000

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}

# Installed before any page script: records CSP violations where the test can read them.
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI}`);
});
"""

problems: list[str] = []
audited: set[str] = set()


def step(text: str) -> None:
    print(f"console flow: {text}", flush=True)


def new_context(browser, viewport) -> BrowserContext:
    context = browser.new_context(viewport=viewport, base_url=BASE)
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(script=CSP_LISTENER)
    # axe-core as an init script: a strict CSP blocks injected <script> tags, not init scripts.
    context.add_init_script(path=str(AXE))
    return context


def watch(page: Page, who: str) -> Page:
    def on_console(message) -> None:
        if message.type == "error":
            problems.append(f"{who}: console error on {page.url}: {message.text}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"{who}: uncaught error on {page.url}: {error}"))
    page.on(
        "requestfailed",
        lambda request: print(f"console flow: {who}: {request.method} {request.url} failed: {request.failure}", flush=True),
    )
    return page


def check_page(page: Page, name: str, size: str) -> None:
    """Screenshot, accessibility audit and CSP check of the page as it is now."""
    page.wait_for_load_state("networkidle")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{size}.png"), full_page=True)
    violations = page.evaluate(
        """async () => {
            const result = await axe.run(document, { resultTypes: ["violations"] });
            return result.violations
              .filter((v) => v.impact === "serious" || v.impact === "critical")
              .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
        }"""
    )
    for v in violations:
        problems.append(f"axe {v['impact']} on {name} ({size}): {v['id']}: {v['help']} at {v['nodes']}")
    for violation in page.evaluate("window.__cspViolations"):
        problems.append(f"CSP violation on {name} ({size}): {violation}")
    audited.add(f"{name}-{size}")


def nav(page: Page, label: str) -> None:
    """Follows a link of the console's navigation (opening the phone menu if it is closed)."""
    menu = page.get_by_role("button", name="Menu")
    if menu.is_visible() and menu.get_attribute("aria-expanded") != "true":
        menu.click()
    page.get_by_role("navigation", name="Console").get_by_role("link", name=label, exact=True).click()
    expect(page.locator("#page-title")).to_be_visible()


def available_credits(page: Page) -> int:
    value = page.get_by_test_id("available-credits").first
    expect(value).to_be_visible()
    return int(value.inner_text().strip())


def main() -> int:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        owner_context = new_context(browser, DESKTOP)
        page = watch(owner_context.new_page(), "owner")

        step("the console answers with its security headers")
        response = page.goto("/console/")
        assert response is not None and response.ok, response
        csp = response.headers.get("content-security-policy", "")
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp, csp
        assert response.headers.get("x-frame-options") == "DENY", response.headers
        expect(page).to_have_url(re.compile(r"/console/login"))
        check_page(page, "login", "desktop")

        step("sign up")
        page.get_by_role("link", name="Create an organisation").click()
        email = f"owner-{uuid.uuid4().hex[:10]}@example.com"
        page.get_by_label("Organisation name").fill("Console flow")
        page.get_by_label("Your e-mail address").fill(email)
        page.get_by_label("Password").fill(PASSWORD)
        check_page(page, "signup", "desktop")
        page.get_by_role("button", name="Create organisation").click()
        expect(page.get_by_role("heading", name="Overview", level=1)).to_be_visible()
        cookies = {c["name"]: c for c in owner_context.cookies()}
        assert cookies["veracity_refresh"]["httpOnly"], cookies
        assert cookies["veracity_refresh"]["sameSite"] == "Strict", cookies
        assert page.evaluate("Object.keys(localStorage).length + Object.keys(sessionStorage).length") == 0
        check_page(page, "overview", "desktop")

        step("a reload keeps the session (the refresh token is in the HttpOnly cookie)")
        page.reload()
        expect(page.get_by_role("heading", name="Overview", level=1)).to_be_visible()

        step("create an API key: the secret is shown once")
        nav(page, "API keys")
        page.get_by_text("Create a key").click()
        page.get_by_label("Name", exact=True).fill("console flow")
        page.get_by_role("button", name="Create key").click()
        secret = page.get_by_test_id("api-key-secret").inner_text().strip()
        assert secret.startswith("vk_"), secret
        check_page(page, "api-keys", "desktop")
        page.get_by_role("button", name="I have stored it").click()
        expect(page.get_by_test_id("api-key-secret")).to_have_count(0)
        assert secret not in page.content(), "the secret is shown only once"

        step("run a detection in the playground")
        nav(page, "Playground")
        assert page.get_by_label("API key").input_value() == secret
        page.get_by_label("File", exact=True).set_input_files(str(FACE))
        page.get_by_label(re.compile("Keep the media")).check()
        check_page(page, "playground", "desktop")
        page.get_by_role("button", name="Analyse").click()
        expect(page.get_by_role("heading", name="Verdict")).to_be_visible(timeout=120_000)
        job_link = page.locator("#result-title a")
        job_id = job_link.inner_text().strip()
        assert job_id.startswith("job_"), job_id
        check_page(page, "playground-result", "desktop")

        step("see the job in Jobs, with face boxes over the image")
        nav(page, "Jobs")
        page.get_by_role("link", name=job_id).click()
        expect(page.get_by_role("heading", name="Faces")).to_be_visible()
        expect(page.locator(".media img")).to_be_visible()
        assert page.locator(".media .face").count() >= 1, "a face box is drawn"
        expect(page.get_by_role("heading", name="Models")).to_be_visible()
        check_page(page, "job", "desktop")
        nav(page, "Jobs")
        check_page(page, "jobs", "desktop")

        step("invite a viewer, who accepts and sees only what a viewer may")
        nav(page, "Members")
        page.get_by_text("Invite a member").click()
        viewer_email = f"viewer-{uuid.uuid4().hex[:10]}@example.com"
        page.get_by_label("E-mail address").fill(viewer_email)
        page.get_by_label("Role", exact=True).select_option("viewer")
        page.get_by_role("button", name="Invite", exact=True).click()
        link = page.get_by_test_id("invitation-link").inner_text().strip()
        assert "/console/accept-invitation?token=" in link, link
        check_page(page, "members", "desktop")

        viewer_context = new_context(browser, DESKTOP)
        viewer = watch(viewer_context.new_page(), "viewer")
        viewer.goto(link)
        expect(viewer).to_have_url(re.compile(r"/console/accept-invitation$"))  # the token left the address bar
        viewer.get_by_label("Choose a password").fill(PASSWORD)
        check_page(viewer, "accept-invitation", "desktop")
        viewer.get_by_role("button", name="Set password and join").click()
        expect(viewer.get_by_role("heading", name="Overview", level=1)).to_be_visible()
        links = viewer.get_by_role("navigation", name="Console").get_by_role("link").all_inner_texts()
        assert links == ["Overview", "Playground", "Jobs", "Members"], links  # no keys, billing, webhooks, audit log
        expect(viewer.get_by_role("button", name=re.compile("Invite"))).to_have_count(0)
        viewer.goto("/console/keys")
        expect(viewer.get_by_role("heading", name="Not here")).to_be_visible()
        nav(viewer, "Members")
        expect(viewer.get_by_text("Invite a member")).to_have_count(0)
        check_page(viewer, "members-viewer", "desktop")
        viewer_context.close()

        step("buy a pack through Checkout and land on the success page with the balance raised")
        nav(page, "Billing")
        before = available_credits(page)
        check_page(page, "billing", "desktop")
        page.get_by_role("button", name=re.compile(r"^Buy ")).first.click()
        expect(page.get_by_role("heading", name="Fake Stripe Checkout")).to_be_visible()
        page.get_by_role("button", name="Pay").click()
        expect(page).to_have_url(re.compile(r"/console/billing/success\?session_id=cs_test_"))
        expect(page.get_by_role("heading", name=re.compile("payment received"))).to_be_visible()
        after = available_credits(page)
        assert after > before, (before, after)
        check_page(page, "billing-success", "desktop")

        page.goto("/console/billing/cancelled")
        expect(page.get_by_role("heading", name="Payment cancelled")).to_be_visible()
        check_page(page, "billing-cancelled", "desktop")

        step("revoke the key")
        nav(page, "API keys")
        page.get_by_role("button", name="Revoke").click()
        page.get_by_role("button", name="Yes, revoke").click()
        expect(page.locator("td .badge.revoked")).to_be_visible()

        step("add a webhook endpoint (its secret shown once), send a test, read the delivery log")
        nav(page, "Webhooks")
        page.get_by_text("Add an endpoint").click()
        page.get_by_label("URL").fill(f"{BASE}/no-receiver-here")
        page.get_by_role("button", name="Add endpoint").click()
        assert page.get_by_test_id("webhook-secret").inner_text().strip().startswith("whsec_")
        page.get_by_role("button", name="I have stored it").click()
        page.get_by_role("button", name="Send a test").click()
        expect(page.get_by_text("Test message queued.")).to_be_visible()
        page.get_by_text("Delivery log").click()
        expect(page.get_by_text("webhook.test").first).to_be_visible()
        check_page(page, "webhooks", "desktop")

        step("the audit log shows what happened")
        nav(page, "Audit log")
        expect(page.get_by_text("api_key.revoked").first).to_be_visible()
        check_page(page, "audit-log", "desktop")

        step("the overview after a job and a purchase")
        nav(page, "Overview")
        expect(page.get_by_role("link", name=job_id)).to_be_visible()
        check_page(page, "overview-active", "desktop")

        step("every page at 375 px")
        phone_context = new_context(browser, PHONE)
        phone = watch(phone_context.new_page(), "owner on a phone")
        phone.goto("/console/login")
        phone.get_by_label("E-mail address").fill(email)
        phone.get_by_label("Password").fill(PASSWORD)
        check_page(phone, "login", "phone")
        phone.get_by_role("button", name="Log in").click()
        expect(phone.get_by_role("heading", name="Overview", level=1)).to_be_visible()
        check_page(phone, "overview", "phone")
        for label, name in [
            ("Playground", "playground"),
            ("Jobs", "jobs"),
            ("API keys", "api-keys"),
            ("Billing", "billing"),
            ("Webhooks", "webhooks"),
            ("Members", "members"),
            ("Audit log", "audit-log"),
        ]:
            nav(phone, label)
            check_page(phone, name, "phone")
        phone.goto(f"/console/jobs/{job_id}")
        expect(phone.get_by_role("heading", name="Verdict")).to_be_visible()
        check_page(phone, "job", "phone")
        for path, name in [
            ("/console/billing/success?session_id=cs_test_fake0", "billing-success"),
            ("/console/billing/cancelled", "billing-cancelled"),
            ("/console/accept-invitation", "accept-invitation"),
            ("/console/signup", "signup"),
        ]:
            phone.goto(path)
            expect(phone.locator("#page-title")).to_be_visible()
            check_page(phone, name, "phone")
        phone_context.close()

        step("delete the job from its page")
        page.goto(f"/console/jobs/{job_id}")
        page.get_by_role("button", name="Delete").click()
        page.get_by_role("button", name="Yes, delete").click()
        expect(page).to_have_url(re.compile(r"/console/jobs$"))
        # The list is a read model: it may trail the delete by a few milliseconds.
        for _ in range(10):
            page.wait_for_load_state("networkidle")
            if page.get_by_role("link", name=job_id).count() == 0:
                break
            page.reload()
        expect(page.get_by_role("link", name=job_id)).to_have_count(0)

        step("log out: the session ends")
        page.get_by_role("button", name="Log out").click()
        expect(page).to_have_url(re.compile(r"/console/login"))
        page.goto("/console/")
        expect(page).to_have_url(re.compile(r"/console/login"))
        owner_context.close()
        browser.close()

    if problems:
        print("console flow: problems:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    print(f"console flow: {len(audited)} page views audited: {json.dumps(sorted(audited))}")
    print("console flow: done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
