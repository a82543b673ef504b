// A judge's score states in Vietnamese, shared by the judge's pages and the organizers' ranking: the words live in
// the site's one vocabulary (labels.js).
export { SCORE_STATUS as STATUS_LABELS } from '../labels.js';
