// Jobs: the organisation's jobs with filters and pages, and one job's whole result.

import { useEffect, useState } from "preact/hooks";

import { call, core, type FaceView, type HeatmapView, type Job, type JobSummary, type MediaType, session, type Status, type Verdict } from "../api";
import { formatDate, Link, Page, Select, Show, TableWrap, useLoad, Pager, useCursors, Head, ConfirmButton, navigate } from "../ui";

export function Badge(props: { value?: string }) {
  return props.value ? <span class={`badge ${props.value}`}>{props.value.replace(/_/g, " ")}</span> : <>—</>;
}

export function JobTable(props: { jobs: JobSummary[] }) {
  return (
    <TableWrap label="Jobs">
      <table>
        <Head cols={["Job", "Media", "Status", "Verdict", "Risk", "Created"]} />
        <tbody>
          {props.jobs.map((job) => (
            <tr key={job.id}>
              <td>
                <Link to={`/jobs/${job.id}`}>
                  <code>{job.id}</code>
                </Link>
              </td>
              <td>{job.media_type ?? "—"}</td>
              <td>
                <Badge value={job.status} />
                {job.error_code && <small class="hint"> {job.error_code}</small>}
              </td>
              <td>
                <Badge value={job.verdict} />
              </td>
              <td>{job.risk_score ?? "—"}</td>
              <td>{formatDate(job.created_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

type Any<T extends string> = T | "";

export function Jobs() {
  const [status, setStatus] = useState<Any<Status>>("");
  const [mediaType, setMediaType] = useState<Any<MediaType>>("");
  const [verdict, setVerdict] = useState<Any<Verdict>>("");
  // The cursors of the pages before this one, for "Previous".
  const pages = useCursors();
  const after = pages.after;
  const jobs = useLoad(
    () =>
      call(
        core.listJobs({
          client: session.client,
          query: {
            limit: 20,
            status: status || undefined,
            media_type: mediaType || undefined,
            verdict: verdict || undefined,
            starting_after: after,
          },
        }),
      ),
    [status, mediaType, verdict, after],
  );
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      pages.reset();
      set(v);
    };
  return (
    <Page title="Jobs">
      <form class="row panel" aria-label="Filter jobs" onSubmit={(e) => e.preventDefault()}>
        <Select
          label="Status"
          value={status}
          onChange={filter<Any<Status>>(setStatus)}
          options={[["", "any"], ["queued", "queued"], ["processing", "processing"], ["completed", "completed"], ["failed", "failed"], ["cancelled", "cancelled"]]}
        />
        <Select
          label="Media type"
          value={mediaType}
          onChange={filter<Any<MediaType>>(setMediaType)}
          options={[["", "any"], ["image", "image"], ["video", "video"], ["audio", "audio"], ["text", "text"]]}
        />
        <Select
          label="Verdict"
          value={verdict}
          onChange={filter<Any<Verdict>>(setVerdict)}
          options={[["", "any"], ["authentic", "authentic"], ["synthetic", "synthetic"], ["manipulated", "manipulated"], ["inconclusive", "inconclusive"]]}
        />
      </form>
      <Show
        loaded={jobs}
        empty={(page) => page.data.length === 0}
        emptyText={
          pages.cursors.length || status || mediaType || verdict ? (
            <p>No jobs match these filters.</p>
          ) : (
            <p>
              No jobs yet. Send one from your servers with an API key, or try the <Link to="/playground">playground</Link>.
            </p>
          )
        }
      >
        {(page) => (
          <>
            <JobTable jobs={page.data} />
            <Pager label="Pages" pages={pages} page={page} />
          </>
        )}
      </Show>
    </Page>
  );
}

/** An object URL of the blob `load` answers (revoked when the component goes), and whether it answered none. */
function useBlobUrl(load: () => Promise<{ data?: unknown }>, key: string): [string | null, boolean] {
  const [url, setUrl] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let objectUrl: string | null = null;
    void load().then((result) => {
      if (result.data instanceof Blob) {
        objectUrl = URL.createObjectURL(result.data);
        setUrl(objectUrl);
      } else setMissing(true);
    });
    return () => {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [key]);
  return [url, missing];
}

/** The analysed image with the faces found drawn over it, while the media is kept. */
function FacesOverImage(props: { job: Job; faces: FaceView[] }) {
  const { job, faces } = props;
  const [url, missing] = useBlobUrl(() => core.getJobMedia({ client: session.client, path: { job_id: job.id }, parseAs: "blob" }), job.id);
  const width = job.media?.width ?? 0;
  const height = job.media?.height ?? 0;
  if (missing || job.media_deleted) {
    return <p class="muted">The media is no longer kept (60 s after the verdict, 30 days with “retain”), so it cannot be shown.</p>;
  }
  if (!url || !width || !height) return <p class="muted">Loading the image…</p>;
  return (
    <div class="media">
      <img src={url} alt={`The analysed image, ${width}×${height}, with ${faces.length} face(s) marked`} />
      {faces
        .filter((f) => f.frame === 0)
        .map((f, i) => {
          const [x1, y1, x2, y2] = f.bbox;
          const fake = (f.fake_score ?? 0) >= 0.5;
          return (
            <span
              key={i}
              class={fake ? "face fake" : "face"}
              title={f.fake_score !== undefined ? `face ${i + 1}: ${Math.round(f.fake_score * 100)}% fake` : `face ${i + 1}`}
              style={{
                left: `${(100 * x1) / width}%`,
                top: `${(100 * y1) / height}%`,
                width: `${(100 * (x2 - x1)) / width}%`,
                height: `${(100 * (y2 - y1)) / height}%`,
              }}
            />
          );
        })}
    </div>
  );
}

/** The AI-image probe's heatmap (jobs sent with `return_details`), while the media is kept. */
function Heatmap(props: { job: Job; heatmap: HeatmapView }) {
  const { job, heatmap } = props;
  const [url, missing] = useBlobUrl(() => core.getJobHeatmap({ client: session.client, path: { job_id: job.id }, parseAs: "blob" }), job.id);
  const values = heatmap.values;
  const top = values.indexOf(Math.max(...values));
  return (
    <section class="panel" aria-labelledby="heatmap-title">
      <h2 id="heatmap-title">Where the score comes from</h2>
      <p class="muted">
        Each of the {heatmap.rows}×{heatmap.cols} cells of the square the {heatmap.detector} looked at
        {job.media_type === "video" ? ` (frame ${heatmap.frame})` : ""} was flattened to its average colour in turn: red cells pushed its score
        ({heatmap.score.toFixed(2)}) towards “generated”, blue ones away. The strongest is row {Math.floor(top / heatmap.cols) + 1},
        column {(top % heatmap.cols) + 1} ({values[top].toFixed(3)}).
      </p>
      {missing || job.media_deleted ? (
        <p class="muted">The overlay was deleted with the media.</p>
      ) : url ? (
        <img class="heatmap" src={url} width={256} height={256} alt={`Heatmap of the ${heatmap.detector} score over the analysed square`} />
      ) : (
        <p class="muted">Loading the heatmap…</p>
      )}
    </section>
  );
}

/** Flagged segments of a video or audio job on a line as long as the media. */
function Timeline(props: { job: Job }) {
  const segments = props.job.flagged_segments ?? [];
  const duration = props.job.media?.duration ?? Math.max(0, ...segments.map((s) => s.end));
  if (!segments.length || !duration) return null;
  return (
    <section class="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Flagged segments</h2>
      <div class="timeline" aria-hidden="true">
        {segments.map((s, i) => (
          <span key={i} class={s.track === "audio" ? "audio" : undefined} style={{ left: `${(100 * s.start) / duration}%`, width: `${Math.max(0.5, (100 * (s.end - s.start)) / duration)}%` }} />
        ))}
      </div>
      <ul>
        {segments.map((s, i) => (
          <li key={i}>
            {s.start.toFixed(1)}–{s.end.toFixed(1)} s{s.track ? ` (${s.track === "audio" ? "sound" : "pictures"})` : ""}: score{" "}
            {s.score.toFixed(2)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Result(props: { job: Job; onDeleted?: () => void }) {
  const job = props.job;
  const faces = job.faces ?? [];
  return (
    <>
      <section class="panel" aria-labelledby="verdict-title">
        <h2 id="verdict-title">Verdict</h2>
        <dl class="stats">
          <div>
            <dt>Status</dt>
            <dd>
              <Badge value={job.status} />
            </dd>
          </div>
          <div>
            <dt>Verdict</dt>
            <dd>
              <Badge value={job.verdict} />
              {job.manipulation_type && <small class="hint"> {job.manipulation_type}</small>}
            </dd>
          </div>
          <div>
            <dt>Risk score</dt>
            <dd>
              {job.risk_score !== undefined ? (
                <>
                  <meter class="gauge" min={0} max={100} low={40} high={70} optimum={0} value={job.risk_score} aria-label="Risk score" />{" "}
                  {job.risk_score} / 100
                </>
              ) : (
                "—"
              )}
            </dd>
          </div>
          <div>
            <dt>Recommendation</dt>
            <dd>
              <Badge value={job.recommendation} />
            </dd>
          </div>
          <div>
            <dt>Confidence</dt>
            <dd>{job.confidence !== undefined ? `${Math.round(job.confidence * 100)} %` : "—"}</dd>
          </div>
          <div>
            <dt>Credits used</dt>
            <dd>{job.credits_used ?? 0}</dd>
          </div>
        </dl>
        {job.error && <p class="problem" role="alert">{job.error.message} <code>{job.error.code}</code></p>}
        {job.generator && (
          <p>
            Generator: <strong>{job.generator.name}</strong> ({job.generator.source}, {Math.round(job.generator.confidence * 100)} %)
          </p>
        )}
      </section>

      {job.media_type === "image" && job.media && faces.length > 0 && (
        <section class="panel" aria-labelledby="faces-title">
          <h2 id="faces-title">Faces</h2>
          <FacesOverImage job={job} faces={faces} />
        </section>
      )}

      {job.heatmap && <Heatmap job={job} heatmap={job.heatmap} />}

      <Timeline job={job} />

      {(job.signals ?? []).length > 0 && (
        <section class="panel" aria-labelledby="signals-title">
          <h2 id="signals-title">Signals</h2>
          <p class="muted">
            What the detectors found, how strongly each points at synthetic or manipulated media, and how many points of the risk
            score it accounts for.
          </p>
          <table>
            <Head cols={["Signal", "Score", "Points", "What it means"]} />
            <tbody>
              {(job.signals ?? []).map((s) => (
                <tr key={s.name}>
                  <td>
                    <code>{s.name}</code>
                  </td>
                  <td>{s.score !== undefined ? s.score.toFixed(2) : "informative"}</td>
                  <td>{s.contribution !== undefined ? s.contribution.toFixed(1) : "—"}</td>
                  <td>{s.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {(job.suspicious_frames ?? []).length > 0 && (
        <section class="panel" aria-labelledby="frames-title">
          <h2 id="frames-title">Suspicious frames</h2>
          <ul>
            {(job.suspicious_frames ?? []).map((f) => (
              <li key={f.frame}>
                frame {f.frame} at {f.timestamp.toFixed(2)} s: {f.issue} ({f.score.toFixed(2)})
              </li>
            ))}
          </ul>
        </section>
      )}

      {(job.models ?? []).length > 0 && (
        <section class="panel" aria-labelledby="models-title">
          <h2 id="models-title">Models</h2>
          <table>
            <Head cols={["Model", "Version", "Score", "Time"]} />
            <tbody>
              {(job.models ?? []).map((m) => (
                <tr key={m.id}>
                  <td>
                    <code>{m.id}</code>
                  </td>
                  <td>{m.version}</td>
                  <td>{m.score !== undefined ? m.score.toFixed(3) : "—"}</td>
                  <td>{m.latency_ms !== undefined ? `${m.latency_ms} ms` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {job.media && (
        <section class="panel" aria-labelledby="media-title">
          <h2 id="media-title">Media</h2>
          <dl class="stats">
            <div>
              <dt>Format</dt>
              <dd>{job.media.format}</dd>
            </div>
            {job.media.width !== undefined && (
              <div>
                <dt>Size</dt>
                <dd>
                  {job.media.width}×{job.media.height}
                </dd>
              </div>
            )}
            {job.media.duration !== undefined && (
              <div>
                <dt>Duration</dt>
                <dd>{job.media.duration.toFixed(1)} s</dd>
              </div>
            )}
            <div>
              <dt>Bytes</dt>
              <dd>{job.media.size_bytes}</dd>
            </div>
            <div>
              <dt>Kept</dt>
              <dd>{job.media_deleted ? "deleted" : job.retain ? "30 days" : "60 s after the verdict"}</dd>
            </div>
          </dl>
        </section>
      )}
    </>
  );
}

export { Result as JobResult };

export function JobDetail(props: { id: string; canDelete: boolean }) {
  const job = useLoad(() => call(core.getJob({ client: session.client, path: { job_id: props.id } })), [props.id]);
  // Unfinished jobs are polled until they end.
  const unfinished = job.data && (job.data.status === "queued" || job.data.status === "processing");
  useEffect(() => {
    if (!unfinished) return;
    const timer = window.setTimeout(job.reload, 1000);
    return () => window.clearTimeout(timer);
  }, [unfinished, job.data]);
  return (
    <Page title={`Job ${props.id}`}>
      <p class="row">
        <Link to="/jobs">All jobs</Link>
        {props.canDelete && job.data && (
          <ConfirmButton
            label="Delete"
            question="Delete this job? Its media and result are removed for good."
            action={() => call(core.deleteJob({ client: session.client, path: { job_id: props.id } }))}
            onDone={() => navigate("/jobs")}
          />
        )}
      </p>
      <Show loaded={job}>{(j) => <Result job={j} />}</Show>
    </Page>
  );
}
