'use strict';

// The dashboard talks to the same JSON API as scripts do. Every value from the server is put into the
// page as text (textContent), never as HTML, so file contents and paths cannot inject markup.

const TOKEN_KEY = 'codebase-mcp-token';
const REFRESH_MS = 1500;

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// --- API access ------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : 'HTTP ' + status);
    this.status = status;
    this.problem = problem;
  }
}

async function api(path, options = {}) {
  const headers = { 'Accept': 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers['Authorization'] = 'Bearer ' + token;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method: options.method || 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  showDatabaseBanner(response.status === 503 && body ? body.detail : null);
  if (!response.ok) {
    if (response.status === 401) showTokenState('the server needs a valid API token', true);
    throw new ApiError(response.status, body);
  }
  return body;
}

// Shown while the server reports its database unreachable; the job list refresh clears it again.
function showDatabaseBanner(detail) {
  const banner = $('db-banner');
  banner.hidden = !detail;
  banner.textContent = detail ? 'Database unreachable: ' + detail : '';
}

function describe(error) {
  if (error instanceof ApiError && error.problem) {
    return error.problem.field ? error.problem.field + ': ' + error.problem.detail : error.problem.detail;
  }
  return error.message;
}

function say(id, text, isError) {
  const node = $(id);
  node.textContent = text || '';
  node.classList.toggle('error', Boolean(isError));
}

// --- token -----------------------------------------------------------------------------------

function showTokenState(text, isError) {
  const state = $('token-state');
  state.textContent = text;
  state.classList.toggle('error', Boolean(isError));
}

function setUpToken() {
  if (sessionStorage.getItem(TOKEN_KEY)) showTokenState('token set for this tab');
  $('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = $('token').value.trim();
    if (value) sessionStorage.setItem(TOKEN_KEY, value); else sessionStorage.removeItem(TOKEN_KEY);
    $('token').value = '';
    showTokenState(value ? 'token set for this tab' : 'no token');
    refreshJobs();
  });
}

// --- jobs ------------------------------------------------------------------------------------

function formatEta(seconds) {
  if (seconds === null || seconds === undefined) return '';
  if (seconds < 60) return seconds + ' s';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return minutes + ' min ' + (seconds % 60) + ' s';
  return Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min';
}

function formatTime(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

function progressCell(job) {
  const cell = el('td');
  const bar = el('span', 'bar');
  const fill = el('span');
  const percent = job.status === 'completed' ? 100 : job.progress_percent;
  fill.style.width = (percent || 0) + '%';
  if (job.status === 'completed') bar.classList.add('done');
  bar.appendChild(fill);
  cell.appendChild(bar);
  cell.appendChild(el('span', 'percent', (percent === null || percent === undefined ? '' : percent + '% ') + job.phase));
  return cell;
}

function filesText(job) {
  if (job.status === 'completed') return String(job.files_indexed);
  if (job.files_total > 0) return job.files_done + ' / ' + job.files_total;
  return job.files_indexed ? String(job.files_indexed) : '';
}

function chunksText(job) {
  return String(job.status === 'completed' ? job.chunks_created : (job.chunks_done || job.chunks_created || 0));
}

function jobRow(job) {
  const row = el('tr');
  row.dataset.jobId = job.job_id;
  row.dataset.status = job.status;
  const repo = el('td', 'path', job.repo_path);
  repo.title = 'project ' + job.project_id + ', job ' + job.job_id;
  row.appendChild(repo);
  const statusCell = el('td');
  statusCell.appendChild(el('span', 'status ' + job.status, job.cancel_requested ? 'cancelling' : job.status));
  row.appendChild(statusCell);
  row.appendChild(progressCell(job));
  row.appendChild(el('td', 'files', filesText(job)));
  row.appendChild(el('td', 'chunks', chunksText(job)));
  row.appendChild(el('td', 'eta', job.status === 'running' ? formatEta(job.eta_seconds) : ''));
  row.appendChild(el('td', null, formatTime(job.created_at)));
  row.appendChild(el('td', 'error', job.error_message));
  const actions = el('td');
  if (job.status === 'pending' || job.status === 'running') {
    const cancel = el('button', 'secondary cancel', 'Cancel');
    cancel.type = 'button';
    cancel.disabled = Boolean(job.cancel_requested);
    cancel.addEventListener('click', () => cancelJob(job.job_id, cancel));
    actions.appendChild(cancel);
  }
  if (job.status === 'completed' && job.files_skipped > 0) {
    const skipped = el('button', 'secondary skipped', 'Skipped');
    skipped.type = 'button';
    skipped.title = 'List the files and directories this job left out, with the reasons';
    skipped.addEventListener('click', () => showSkipped(job.job_id));
    actions.appendChild(skipped);
  }
  row.appendChild(actions);
  return row;
}

// The status of one job carries what its run left out; the list of jobs does not.
async function showSkipped(jobId) {
  try {
    const job = await api('/api/v1/jobs/' + encodeURIComponent(jobId));
    const paths = job.skipped_paths || [];
    $('skipped-title').textContent = 'Left out by job ' + job.job_id + ' (' + job.repo_path + ')';
    $('skipped-warning').textContent = job.warning || '';
    $('skipped-list').replaceChildren(...paths.map((path) =>
      el('li', path.kind, (path.path || '.') + (path.kind === 'directory' ? '/' : '') + ' - ' + path.reason)));
    $('skipped').hidden = false;
  } catch (error) {
    say('jobs-message', 'Could not load the skipped paths: ' + describe(error), true);
  }
}

async function refreshJobs() {
  try {
    const body = await api('/api/v1/jobs?limit=50');
    $('jobs-body').replaceChildren(...body.jobs.map(jobRow));
    $('jobs-updated').textContent = 'updated ' + new Date().toLocaleTimeString();
    say('jobs-message', '');
  } catch (error) {
    say('jobs-message', 'Could not load jobs: ' + describe(error), true);
  }
}

async function refreshLoop() {
  await refreshJobs();
  setTimeout(refreshLoop, REFRESH_MS);
}

async function cancelJob(jobId, button) {
  button.disabled = true;
  try {
    const job = await api('/api/v1/jobs/' + encodeURIComponent(jobId) + '/cancel', { method: 'POST' });
    say('start-message', 'Job ' + job.job_id + (job.status === 'cancelled' ? ' cancelled' : ' will stop at its next checkpoint'));
  } catch (error) {
    say('start-message', 'Cancel failed: ' + describe(error), true);
  }
  refreshJobs();
}

function setUpStartForm() {
  $('start-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const request = { repo_path: $('repo-path').value.trim() };
    const project = $('project-id').value.trim();
    if (project) request.project_id = project;
    if ($('force-reindex').checked) request.force_reindex = true;
    try {
      const job = await api('/api/v1/jobs', { method: 'POST', body: request });
      say('start-message', job.already_active
        ? 'Already ' + job.status + ': job ' + job.job_id
        : 'Queued job ' + job.job_id);
    } catch (error) {
      say('start-message', describe(error), true);
    }
    refreshJobs();
  });
}

// --- search ----------------------------------------------------------------------------------

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// What to mark inside matching lines: the words of a text query, the literal, or the regex itself.
function highlighter(query, mode) {
  try {
    if (mode === 'regex') return new RegExp(query, 'g');
    if (mode === 'literal') return new RegExp(escapeRegExp(query), 'g');
    const words = query.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 1).map(escapeRegExp);
    return words.length ? new RegExp(words.join('|'), 'gi') : null;
  } catch (invalidInJavaScript) {
    return null;
  }
}

function markedLine(text, pattern) {
  const line = document.createDocumentFragment();
  if (!pattern) {
    line.appendChild(document.createTextNode(text));
    return line;
  }
  let last = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) { pattern.lastIndex++; continue; }
    line.appendChild(document.createTextNode(text.slice(last, match.index)));
    line.appendChild(el('mark', null, match[0]));
    last = match.index + match[0].length;
  }
  line.appendChild(document.createTextNode(text.slice(last)));
  return line;
}

function hitItem(file, hit, pattern) {
  const item = el('li', 'hit');
  const location = el('div', 'location');
  location.appendChild(el('span', 'file', file.path + ':' + hit.start_line));
  location.appendChild(el('span', 'repo', '  ' + (hit.definition ? hit.definition.text + ' · ' : '')
    + file.repository + (file.language ? ' · ' + file.language : '')));
  location.title = file.absolute_path;
  item.appendChild(location);
  const snippet = el('pre', 'snippet');
  let previous = null;
  hit.snippet.forEach((line) => {
    if (previous !== null && line.line > previous + 1) {
      snippet.appendChild(el('div', 'gap', '…'));
    }
    previous = line.line;
    const row = el('div', line.match ? 'match' : null);
    row.appendChild(el('span', 'ln', line.line));
    row.appendChild(line.match ? markedLine(line.text, pattern) : document.createTextNode(line.text));
    snippet.appendChild(row);
  });
  item.appendChild(snippet);
  return item;
}

function setUpSearch() {
  $('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    params.set('q', $('search-q').value);
    params.set('mode', $('search-mode').value);
    [['repo_path', 'search-repo'], ['path_glob', 'search-glob'], ['language', 'search-language']].forEach(([name, id]) => {
      const value = $(id).value.trim();
      if (value) params.set(name, value);
    });
    say('search-message', 'Searching…');
    try {
      const started = performance.now();
      const results = await api('/api/v1/search?' + params.toString());
      const pattern = highlighter($('search-q').value, results.mode);
      $('search-results').replaceChildren(...results.files.flatMap((file) => file.hits.map((hit) => hitItem(file, hit, pattern))));
      say('search-message', results.count + (results.limit_reached ? '+' : '') + ' hit(s) in '
        + Math.round(performance.now() - started) + ' ms');
    } catch (error) {
      $('search-results').replaceChildren();
      say('search-message', describe(error), true);
    }
  });
}

setUpToken();
setUpStartForm();
setUpSearch();
refreshLoop();
