import { describe, expect, it } from 'vitest';
import { MultistatusError, readMultistatus } from './multistatus';

/** Apache mod_dav's answer, trimmed: `lp1:` prefixes, weak ETags, a folder and a file. */
const APACHE = `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
<D:response xmlns:lp2="http://apache.org/dav/props/" xmlns:lp1="DAV:">
<D:href>/dav/</D:href>
<D:propstat><D:prop>
<lp1:resourcetype><D:collection/></lp1:resourcetype>
<lp1:getetag>W/"1000-661d2b36e75f0"</lp1:getetag>
</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
<D:response xmlns:lp2="http://apache.org/dav/props/" xmlns:lp1="DAV:">
<D:href>/dav/papers/a%20b.json</D:href>
<D:propstat><D:prop>
<lp1:resourcetype/>
<lp1:getcontentlength>7</lp1:getcontentlength>
<lp1:getlastmodified>Fri, 04 Dec 2026 18:04:01 GMT</lp1:getlastmodified>
<lp1:getetag>"7-661d2b36e75f0"</lp1:getetag>
</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
</D:multistatus>`;

/** SabreDAV-style (Nextcloud): lower-case `d:` prefix, absolute hrefs, a 404 propstat. */
const SABRE = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:oc="http://owncloud.org/ns">
 <d:response>
  <d:href>https://cloud.example.org/remote.php/dav/files/ana/ThreePassReader/manifest.json</d:href>
  <d:propstat>
   <d:prop><d:getetag>&quot;5f2a&amp;1&quot;</d:getetag><d:resourcetype/><d:getcontentlength>120</d:getcontentlength></d:prop>
   <d:status>HTTP/1.1 200 OK</d:status>
  </d:propstat>
  <d:propstat>
   <d:prop><d:getlastmodified/></d:prop>
   <d:status>HTTP/1.1 404 Not Found</d:status>
  </d:propstat>
 </d:response>
</d:multistatus>`;

describe('reading a PROPFIND answer without a DOM', () => {
  it('lists Apache’s folder and file with their ETags, sizes and dates', () => {
    expect(readMultistatus(APACHE)).toEqual([
      { href: '/dav/', isFolder: true, etag: 'W/"1000-661d2b36e75f0"' },
      {
        href: '/dav/papers/a%20b.json',
        isFolder: false,
        etag: '"7-661d2b36e75f0"',
        size: 7,
        lastModified: 'Fri, 04 Dec 2026 18:04:01 GMT',
      },
    ]);
  });

  it('reads another server’s prefixes and entities, and ignores properties it reports missing', () => {
    expect(readMultistatus(SABRE)).toEqual([
      {
        href: 'https://cloud.example.org/remote.php/dav/files/ana/ThreePassReader/manifest.json',
        isFolder: false,
        etag: '"5f2a&1"',
        size: 120,
      },
    ]);
  });

  it('reads a default namespace without prefixes', () => {
    const xml = `<multistatus xmlns="DAV:"><response><href>/x/</href><propstat><prop>
      <resourcetype><collection/></resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>`;
    expect(readMultistatus(xml)).toEqual([{ href: '/x/', isFolder: true }]);
  });

  it('refuses a web page (a login portal, a wrong URL) instead of reading it as an empty folder', () => {
    expect(() =>
      readMultistatus('<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>'),
    ).toThrow(MultistatusError);
  });
});
