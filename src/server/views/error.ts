/** Error pages (404, 400, 403, 500) in the site frame. */
import { html } from '../html.js';
import { page } from '../layout.js';

export function errorPage(status: number, message: string) {
  const title = status === 404 ? 'Not found' : status === 403 ? 'Forbidden' : status >= 500 ? 'Server error' : 'Bad request';
  return page({ title }, html`<h1>${title}</h1><p class="lede">${message}</p><p><a href="/stories">Back to the stories</a></p>`);
}
