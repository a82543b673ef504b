// Fetch helpers. Every failure (network, HTTP error, upload error) becomes an ApiError
// carrying an RFC 7807 problem, so pages have a single path for showing errors. Every call names the page's contest
// (page-contest.js), so the pages call the API here and nowhere else.

import { contestHeaders } from './page-contest.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = status;
    /** { title, detail?, errors?: { [key]: string[] } } */
    this.problem = problem;
  }
}

const OFFLINE = {
  title: 'Không kết nối được với máy chủ.',
  detail: 'Vui lòng kiểm tra kết nối mạng rồi thử lại.',
};

export function getJson(url, headers = {}) {
  return request(url, { method: 'GET', headers });
}

/** POST with a JSON body, or with no body at all when `body` is undefined. */
export function postJson(url, body, headers = {}) {
  const init = { method: 'POST', headers: { ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return request(url, init);
}

export function putJson(url, body, headers = {}) {
  return request(url, { method: 'PUT', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

const JSON_BODY = { 'Content-Type': 'application/json' };

/**
 * A record changed only at the version it was read at (its ETag): { body, version } of what the server answers. GET
 * reads it; a PUT names in If-Match the version it was read at, and a 412 (someone saved since, nothing written)
 * throws an ApiError like any other refusal; a POST (an act on the record) answers the record's new version too.
 */
export const versioned = {
  get: (url) => withVersion(url, { method: 'GET', headers: {} }),
  put: (url, body, version) => withVersion(url, { method: 'PUT', headers: { ...JSON_BODY, 'If-Match': version }, body: JSON.stringify(body) }),
  post: (url, body) => withVersion(url, { method: 'POST', headers: { ...JSON_BODY }, body: JSON.stringify(body) }),
};

async function withVersion(url, init) {
  const { body, response } = await send(url, init);
  return { body, version: response.headers.get('ETag') };
}

export function deleteJson(url) {
  return request(url, { method: 'DELETE' });
}

/** POST a file as the request body (small files only: entries go straight to storage). */
export function postFile(url, file) {
  return request(url, { method: 'POST', headers: { 'Content-Type': file.type || 'application/octet-stream' }, body: file });
}

/**
 * GETs a file and hands it to the browser as a download under the name the server gives; a problem answer throws
 * an ApiError like any other call, so a form can show its field errors instead of a page of JSON.
 */
export async function downloadFile(url) {
  let response;
  try {
    response = await fetch(url, { cache: 'no-store', headers: { Accept: '*/*', ...contestHeaders(url) } });
  } catch {
    throw new ApiError(0, { ...OFFLINE });
  }
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, await readJson(response)));
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? 'tep-tai-ve';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = decodeURIComponent(name);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

async function request(url, init) {
  return (await send(url, init)).body;
}

/** The answer's JSON body and the response itself (for its headers); a failure throws an ApiError. */
async function send(url, init) {
  let response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { Accept: 'application/json, application/problem+json', ...contestHeaders(url), ...init.headers },
      // Entry status and the isOpen flag change over time; never show a stale copy.
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, { ...OFFLINE });
  }
  // Static Web Apps answers an expired session on a protected route by redirecting to its sign-in page.
  if (response.redirected && new URL(response.url).pathname.startsWith('/.auth/login')) {
    throw new ApiError(401, { title: 'Phiên đăng nhập đã hết hạn.', detail: 'Vui lòng đăng nhập lại.' });
  }
  const body = await readJson(response);
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, body));
  return { body, response };
}

async function readJson(response) {
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function toProblem(status, body) {
  const problem = body && typeof body === 'object' ? body : {};
  return { ...problem, status, title: asSentence(problem.title || fallbackTitle(status)) };
}

/** Problem titles are headings ("Chưa đăng nhập"); shown before their detail they need a full stop. */
function asSentence(text) {
  return /[.!?…:]$/.test(text) ? text : `${text}.`;
}

function fallbackTitle(status) {
  if (status === 404) return 'Không tìm thấy dữ liệu yêu cầu.';
  if (status === 429) return 'Có quá nhiều yêu cầu. Vui lòng đợi một lát rồi thử lại.';
  if (status >= 500) return 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.';
  return 'Yêu cầu không hợp lệ.';
}

/** The Content-Type we declare for a file, both to the API and to blob storage. */
export function contentTypeOf(file) {
  return file.type || 'application/octet-stream';
}

/**
 * PUTs a file straight to blob storage through its SAS URL. XMLHttpRequest rather
 * than fetch because only XHR reports upload progress. onProgress gets 0..1.
 */
export function uploadBlob(url, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const fail = (status) => reject(new ApiError(status, {
      title: 'Không tải được tệp bài dự thi lên máy chủ.',
      detail: status
        ? `Máy chủ lưu trữ từ chối tệp (mã lỗi ${status}). Vui lòng bấm “Gửi bài dự thi” để gửi lại.`
        : 'Kết nối bị gián đoạn. Vui lòng kiểm tra mạng rồi bấm “Gửi bài dự thi” để gửi lại.',
    }));
    xhr.open('PUT', url);
    xhr.setRequestHeader('x-ms-blob-type', 'BlockBlob');
    xhr.setRequestHeader('Content-Type', contentTypeOf(file));
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : fail(xhr.status)));
    xhr.addEventListener('error', () => fail(0));
    xhr.addEventListener('abort', () => fail(0));
    xhr.addEventListener('timeout', () => fail(0));
    xhr.send(file);
  });
}
