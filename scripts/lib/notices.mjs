// Third-party license notices for bundles: every npm package esbuild put into a bundle (from
// its metafile), with its license text, so what we ship says whose code it carries.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package folders (node_modules/x or node_modules/@s/x) that a metafile's inputs come from. */
function packageDirs(metafile, root) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) dirs.add(join(root, match[1]));
  }
  return dirs;
}

/** Without a license file, the README's "License" section (where old packages put the copyright). */
function readmeLicense(dir) {
  const readme = readdirSync(dir).find((f) => /^readme(\.[a-z]+)?$/i.test(f));
  if (!readme) return [];
  const text = readFileSync(join(dir, readme), 'utf8');
  const match = /^(?:#+ *)?Licen[cs]e *\n(?:[=-]+\n)?([^]*?)(?=\n(?:#+ |\S.*\n[=-]{3,}\n)|(?![^]))/im.exec(text);
  return match && match[1].trim() ? [match[1].trim()] : [];
}

const person = (p) => (typeof p === 'string' ? p : [p?.name, p?.email && `<${p.email}>`].filter(Boolean).join(' '));

/** The notice for a package whose license is declared in package.json only. */
function packageOnlyNotice(pkg, license) {
  const authors = [pkg.author, ...(pkg.contributors ?? [])].filter(Boolean).map(person).filter(Boolean);
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  return [`Licensed under ${license}, as declared in its package.json; the package ships no license text.`, authors.length ? `Authors: ${authors.join('; ')}.` : '', repository ? `Source: ${repository}` : '']
    .filter(Boolean)
    .join('\n');
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice)([-.][a-z0-9.-]+)?$/i;

/**
 * The notices text for these metafiles: one section per package (name, version, license,
 * and the text of its LICENSE/NOTICE files), sorted by name. Throws when a package has
 * neither a license field nor a license file, so nothing unlicensed ships unnoticed.
 */
export function thirdPartyNotices(metafiles, { root, product }) {
  const packages = new Map();
  for (const metafile of metafiles) {
    for (const dir of packageDirs(metafile, root)) {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => LICENSE_FILE.test(f)).sort() : [];
      const license = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type ?? pkg.licenses?.map((l) => l.type).join(' OR ');
      let texts = files.length ? files.map((f) => readFileSync(join(dir, f), 'utf8').trim()) : readmeLicense(dir);
      if (!license) throw new Error(`${pkg.name}: no license field found; cannot ship it unnoticed`);
      // A package that declares its license but ships no text of it: say so, with its authors.
      if (texts.length === 0) texts = [packageOnlyNotice(pkg, license)];
      packages.set(`${pkg.name}@${pkg.version}`, { name: pkg.name, version: pkg.version, license, texts });
    }
  }
  const sections = [...packages.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
    .map((p) => [`${p.name} ${p.version} (${p.license ?? 'see below'})`, ...p.texts].join('\n\n'));
  const rule = '-'.repeat(78);
  return `${product} includes the following third-party software, bundled into its JavaScript files.\n\n${rule}\n\n${sections.join(`\n\n${rule}\n\n`)}\n`;
}
