import type { SectionKind } from '../resume/section';

/** Where a heading's section goes: a section kind, the profile's summary, or the résumé's contact block. */
export type HeadingTarget = SectionKind | 'summary' | 'contact';

/**
 * Section headings as résumés write them in English, French, German and Spanish, lower case, without
 * accents (headings are compared after folding case and accents, and without a trailing colon).
 * Rules as data, one home: a new wording is one line here.
 */
const HEADINGS: Record<HeadingTarget, readonly string[]> = {
  summary: [
    'summary',
    'profile',
    'professional summary',
    'about me',
    'about',
    'objective',
    'career objective',
    'profil',
    'resume',
    'a propos',
    'objectif',
    'profil professionnel',
    'kurzprofil',
    'zusammenfassung',
    'uber mich',
    'profil',
    'berufsziel',
    'perfil',
    'resumen',
    'sobre mi',
    'objetivo',
    'perfil profesional',
    'extracto',
  ],
  contact: [
    'contact',
    'contact details',
    'contact information',
    'coordonnees',
    'kontakt',
    'kontaktdaten',
    'contacto',
    'datos de contacto',
    'personal details',
    'personal information',
    'persönliche daten',
    'personliche daten',
    'datos personales',
    'informations personnelles',
  ],
  experience: [
    'experience',
    'work',
    'work experience',
    'professional experience',
    'employment',
    'employment history',
    'work history',
    'career history',
    'relevant experience',
    'experience professionnelle',
    'experiences professionnelles',
    'experiences',
    'parcours professionnel',
    'berufserfahrung',
    'berufliche erfahrung',
    'beruflicher werdegang',
    'werdegang',
    'praxiserfahrung',
    'experiencia',
    'experiencia laboral',
    'experiencia profesional',
    'historial laboral',
    'trayectoria profesional',
  ],
  education: [
    'education',
    'academic background',
    'qualifications',
    'education and training',
    'formation',
    'formations',
    'etudes',
    'diplomes',
    'formation academique',
    'ausbildung',
    'bildung',
    'studium',
    'bildungsweg',
    'schulbildung',
    'akademischer werdegang',
    'educacion',
    'formacion',
    'formacion academica',
    'estudios',
  ],
  projects: ['projects', 'personal projects', 'selected projects', 'projets', 'projekte', 'proyectos'],
  skills: [
    'skills',
    'technical skills',
    'core skills',
    'key skills',
    'competencies',
    'core competencies',
    'skills and tools',
    'tools',
    'competences',
    'competences techniques',
    'savoir-faire',
    'kenntnisse',
    'fahigkeiten',
    'kompetenzen',
    'it-kenntnisse',
    'fachkenntnisse',
    'habilidades',
    'competencias',
    'conocimientos',
    'aptitudes',
  ],
  volunteer: [
    'volunteering',
    'volunteer experience',
    'volunteer',
    'volunteer work',
    'benevolat',
    'engagement associatif',
    'ehrenamt',
    'ehrenamtliches engagement',
    'voluntariado',
  ],
  awards: [
    'awards',
    'honors',
    'honours',
    'awards and honors',
    'prix',
    'distinctions',
    'auszeichnungen',
    'premios',
    'reconocimientos',
  ],
  certificates: [
    'certifications',
    'certificates',
    'licenses',
    'licenses and certifications',
    'licences and certifications',
    'certificats',
    'zertifikate',
    'zertifizierungen',
    'certificaciones',
    'certificados',
  ],
  publications: ['publications', 'veroffentlichungen', 'publikationen', 'publicaciones'],
  languages: [
    'languages',
    'language skills',
    'langues',
    'sprachen',
    'sprachkenntnisse',
    'idiomas',
    'lenguas',
  ],
  interests: [
    'interests',
    'hobbies',
    'hobbies and interests',
    "centres d'interet",
    'loisirs',
    'interessen',
    'hobbys',
    'freizeit',
    'intereses',
    'aficiones',
  ],
  references: ['references', 'referenzen', 'referencias'],
  // Headings of sections with no kind of their own: kept under the title as written.
  custom: [
    'profiles',
    'online profiles',
    'social profiles',
    'links',
    'profils',
    'liens',
    'perfiles',
    'enlaces',
  ],
};

const BY_WORDING = new Map<string, HeadingTarget>();
for (const [target, wordings] of Object.entries(HEADINGS) as [HeadingTarget, readonly string[]][]) {
  for (const wording of wordings) if (!BY_WORDING.has(wording)) BY_WORDING.set(wording, target);
}

/** Lower case, accents off, "&" read as "and", spaces single, no trailing colon or dash. */
export function foldHeading(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s*&\s*/g, ' and ')
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/[\s:–—-]+$/u, '')
    .trim();
}

/** The target a heading's words name, or undefined when the dictionary does not know them. */
export function headingTarget(text: string): HeadingTarget | undefined {
  return BY_WORDING.get(foldHeading(text));
}
