// The entry's result on the lookup page, once the results are published: a line under the entry, or nothing.
import { getJson } from './api.js';
import { el } from './dom.js';

export async function entryResult(id, code) {
  try {
    const result = await getJson(`/api/results/entries/${encodeURIComponent(id)}?receipt=${encodeURIComponent(code)}`);
    if (!result.published) return null;
    return el('p', { id: 'lookup-prize', className: result.tier ? 'notice notice-success' : 'notice' },
      el('strong', {}, 'Kết quả cuộc thi: '),
      result.tier ? `bài dự thi đạt ${result.tier}.` : 'bài dự thi không nằm trong danh sách đạt giải. Cảm ơn bạn đã tham gia.',
      ' ', el('a', { href: '/ket-qua.html' }, 'Xem kết quả'));
  } catch {
    // The result is extra: the entry itself was found, so a failure here shows nothing rather than an error.
    return null;
  }
}
