import { decodeEntities } from './html-entities';

/*
 * What a saved or pasted job page states about itself, read from its HTML before it becomes text: the
 * schema.org JobPosting data job boards embed for search engines (title, hiringOrganization, jobLocation),
 * then the page's og:title and first <h1>. The text reader cannot see these (scripts and the head are
 * dropped as page noise), and where they exist they are the page's own answer, so they win.
 */

export interface StructuredMetadata {
  title: string;
  company: string;
  location: string;
  /**
   * Where the title came from: JSON-LD and front matter are the page's own statement; a heading may be
   * the site's.
   */
  titleSource: 'json-ld' | 'front-matter' | 'og:title' | 'h1' | '';
}

const EMPTY: StructuredMetadata = { title: '', company: '', location: '', titleSource: '' };
// Pages embed a few blocks; a huge one is not metadata and is not parsed.
const BLOCK_MAX_CHARS = 200_000;
const BLOCKS_MAX = 20;
const VALUE_MAX_CHARS = 200;

const JSON_LD_RE = /<script\b[^>]{0,300}?type\s*=\s*["']?application\/ld\+json["']?[^>]{0,300}>/giu;
const OG_TITLE_RE =
  /<meta\b[^>]{0,300}?property\s*=\s*["']og:title["'][^>]{0,300}?content\s*=\s*"([^"]{1,300})"/iu;
const OG_TITLE_REVERSED_RE =
  /<meta\b[^>]{0,300}?content\s*=\s*"([^"]{1,300})"[^>]{0,300}?property\s*=\s*["']og:title["']/iu;
const H1_RE = /<h1\b[^>]{0,500}>([\s\S]{1,600}?)<\/h1>/iu;

const text = (value: unknown): string =>
  typeof value === 'string'
    ? decodeEntities(value.replace(/<[^>]{0,500}>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, VALUE_MAX_CHARS)
    : '';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** Every object in a JSON-LD value whose @type is (or includes) JobPosting, through arrays and @graph. */
function jobPostings(value: unknown, depth = 0): Json[] {
  if (depth > 6) return [];
  if (Array.isArray(value)) return value.flatMap((item) => jobPostings(item, depth + 1));
  if (!isObject(value)) return [];
  const type = value['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.includes('JobPosting')) return [value];
  return jobPostings(value['@graph'], depth + 1);
}

const nameOf = (value: unknown): string =>
  Array.isArray(value) ? nameOf(value[0]) : isObject(value) ? text(value['name']) : text(value);

function placeOf(value: unknown): string {
  const place = Array.isArray(value) ? value[0] : value;
  if (!isObject(place)) return text(place);
  const address = place['address'];
  if (isObject(address)) {
    const city = text(address['addressLocality']);
    return city !== '' ? city : text(address['addressRegion']);
  }
  return text(address ?? place['name']);
}

function fromJsonLd(html: string): StructuredMetadata | undefined {
  JSON_LD_RE.lastIndex = 0;
  for (
    let i = 0, match = JSON_LD_RE.exec(html);
    match !== null && i < BLOCKS_MAX;
    i++, match = JSON_LD_RE.exec(html)
  ) {
    const start = match.index + match[0].length;
    const end = html.indexOf('</script', start);
    if (end < 0 || end - start > BLOCK_MAX_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(html.slice(start, end));
    } catch {
      continue; // A broken block is the page's problem, not a reason to read nothing.
    }
    const job = jobPostings(data)[0];
    if (job === undefined) continue;
    const remote = text(job['jobLocationType']).toUpperCase() === 'TELECOMMUTE';
    const title = text(job['title']);
    return {
      title,
      company: nameOf(job['hiringOrganization']),
      location: placeOf(job['jobLocation']) || (remote ? 'Remote' : ''),
      titleSource: title === '' ? '' : 'json-ld',
    };
  }
  return undefined;
}

/** The metadata a page's HTML states; empty strings for what it does not. Never throws. */
export function structuredMetadata(html: string): StructuredMetadata {
  const fromLd = fromJsonLd(html);
  if (fromLd !== undefined && fromLd.title !== '') return fromLd;
  // "Staff Nurse | Carebridge Jobs": the site's name follows a bar.
  const og =
    text(OG_TITLE_RE.exec(html)?.[1] ?? OG_TITLE_REVERSED_RE.exec(html)?.[1]).split(/\s+\|\s+/u)[0] ?? '';
  if (og !== '') return { ...(fromLd ?? EMPTY), title: og, titleSource: 'og:title' };
  const h1 = text(H1_RE.exec(html)?.[1]);
  if (h1 !== '') return { ...(fromLd ?? EMPTY), title: h1, titleSource: 'h1' };
  return fromLd ?? EMPTY;
}
