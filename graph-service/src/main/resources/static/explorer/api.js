// The graph service's HTTP API, as the explorer uses it. Paths are relative, so the page also
// works behind a context path.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

const papers = new Map();
let vocabulary;

async function getJson(path, params = {}, signal = undefined) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    query.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const url = query.size ? `${path}?${query}` : path;
  const response = await fetch(url, {headers: {Accept: 'application/json'}, signal});
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail ?? detail;
    } catch {
      // not a problem-details body; keep the status text
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

const id = value => encodeURIComponent(value);

export const api = {
  search: (q, {type, limit = 10, signal} = {}) => getJson('api/concepts', {q, type, limit}, signal),
  concept: conceptId => getJson(`api/concepts/${id(conceptId)}`),
  neighbourhood: (conceptId, {depth = 1, limit = 50, predicates = [], types = [], evidence = 3} = {}) =>
    getJson(`api/concepts/${id(conceptId)}/neighbourhood`, {depth, limit, predicates, types, evidence}),
  relations: ({subject, predicate, object, evidence = 50}) =>
    getJson('api/relations', {subject, predicate, object, evidence, limit: 1}),
  paths: (from, to, {k = 3, maxLength = 4, evidence = 2} = {}) =>
    getJson('api/paths', {from, to, k, maxLength, evidence}),
  leaderboard: conceptId => getJson(`api/concepts/${id(conceptId)}/leaderboard`),
  /** A paper with its abstract; cached, since evidence from one paper is shown many times. */
  paper(paperId) {
    if (!papers.has(paperId)) {
      const answer = getJson(`api/papers/${id(paperId)}`);
      answer.catch(() => papers.delete(paperId));
      papers.set(paperId, answer);
    }
    return papers.get(paperId);
  },
  vocabulary() {
    vocabulary ??= getJson('api/vocabulary');
    return vocabulary;
  },
};
