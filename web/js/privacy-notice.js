// The notice page states the settings the server enforces: the notice's version, region, retention, guardian age.

import './layout.js';
import { getJson } from './api.js';
import { formatNumber } from './format.js';

async function start() {
  try {
    const notice = await getJson('/api/privacy');
    document.getElementById('notice-version').textContent = notice.noticeVersion;
    document.getElementById('notice-region').textContent = notice.region;
    document.getElementById('notice-retention').textContent = `${formatNumber(notice.retentionMonths)} tháng`;
    document.getElementById('notice-guardian-age').textContent = formatNumber(notice.guardianAge);
  } catch {
    // The page's own text states the defaults; nothing more to say.
  }
}

start();
