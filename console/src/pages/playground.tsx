// The playground: send a file, a URL or text with one of your API keys and watch the result
// arrive. The key stays in this page's memory only.

import { useState } from "preact/hooks";

import { call, core, type Job, keyClient, keyMemory } from "../api";
import { Field, Form, Link, Page, Select } from "../ui";
import { JobResult } from "./jobs";

type Kind = "file" | "url" | "text";

const FINISHED = ["completed", "failed", "cancelled"];

/** Polls the job (honouring the server's pace) until it ends, at most ~10 minutes. */
async function settle(key: string, job: Job, onProgress: (job: Job) => void): Promise<Job> {
  const client = keyClient(key);
  let current = job;
  for (let round = 0; round < 600 && !FINISHED.includes(current.status); round++) {
    onProgress(current);
    await new Promise((resolve) => window.setTimeout(resolve, 1000));
    current = await call(core.getJob({ client, path: { job_id: current.id } }));
  }
  return current;
}

export function Playground() {
  const [apiKey, setApiKey] = useState(keyMemory.secret ?? "");
  const [kind, setKind] = useState<Kind>("file");
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState("");
  const [text, setText] = useState("");
  const [retain, setRetain] = useState(false);
  const [job, setJob] = useState<Job | null>(null);

  const run = async () => {
    setJob(null);
    const client = keyClient(apiKey.trim());
    // One key per submission: a retried request cannot make a second job.
    const headers = { Prefer: "wait=10", "Idempotency-Key": crypto.randomUUID() };
    let submitted: Job;
    if (kind === "file") {
      if (!file) throw new Error("Choose a file first.");
      submitted = await call(core.detect({ client, headers, body: { file, retain } }));
    } else if (kind === "url") {
      submitted = await call(core.detectUrl({ client, headers, body: { media_url: url, retain } }));
    } else {
      submitted = await call(core.detectText({ client, headers, body: { text, retain } }));
    }
    setJob(await settle(apiKey.trim(), submitted, setJob));
  };

  return (
    <Page title="Playground">
      <p>
        Try detection with one of your <Link to="/keys">API keys</Link>: the requests are the ones your servers make, and
        they spend credits the same way.
      </p>
      <Form action={run} submit="Analyse" label="Analyse media">
        <Field
          label="API key"
          hint={keyMemory.name ? `Filled in with “${keyMemory.name}”, created on this page.` : "Paste a key (vk_live_…); it is not stored."}
          type="password"
          autoComplete="off"
          required
          value={apiKey}
          onInput={setApiKey}
        />
        <Select
          label="What to analyse"
          value={kind}
          onChange={setKind}
          options={[
            ["file", "A file (image, video or audio)"],
            ["url", "Media at an https URL"],
            ["text", "Text"],
          ]}
        />
        {kind === "file" && (
          <div class="field">
            <label for="playground-file">File</label>
            <input
              id="playground-file"
              type="file"
              accept="image/*,video/*,audio/*"
              required
              onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)}
            />
          </div>
        )}
        {kind === "url" && <Field label="Media URL" type="url" required value={url} onInput={setUrl} />}
        {kind === "text" && (
          <div class="field">
            <label for="playground-text">Text</label>
            <textarea
              id="playground-text"
              required
              minLength={50}
              value={text}
              onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            />
            <small class="hint">At least 50 characters.</small>
          </div>
        )}
        <label class="check">
          <input type="checkbox" checked={retain} onChange={(e) => setRetain((e.target as HTMLInputElement).checked)} /> Keep the
          media for 30 days (otherwise it is deleted 60 s after the verdict)
        </label>
      </Form>
      {job && (
        <section aria-live="polite" aria-labelledby="result-title">
          <h2 id="result-title">
            Result of <Link to={`/jobs/${job.id}`}>{job.id}</Link>
          </h2>
          {FINISHED.includes(job.status) ? <JobResult job={job} /> : <p class="muted">The job is {job.status}…</p>}
        </section>
      )}
    </Page>
  );
}
