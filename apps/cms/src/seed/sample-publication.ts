import type { SamplePublication } from './sample-types';

// Interim stub while the real sample is written.
export const samplePublication: SamplePublication = {
  sections: [{ name: 'World', slug: 'world', description: 'World news.', position: 1 }],
  tags: [{ name: 'budget', slug: 'budget' }],
  authors: [{ name: 'Ada Quill', slug: 'ada-quill', role: 'Staff Writer', bio: 'Writes.', classYear: 2026, email: 'ada@northfield-ledger.example' }],
  sources: [{ name: 'BBC', slug: 'bbc', homepageUrl: 'https://www.bbc.com' }],
  volumes: [
    { number: 18, startYear: 2023, endYear: 2024, issues: [
      { number: 7, coverDate: '2024-03-01', cover: { alt: 'A cover', palette: ['#1d3557', '#e63946'] }, editorsNote: 'Hello **world**.', articles: [
        { title: 'One', slug: 'one', dek: 'Dek.', section: 'world', authors: ['ada-quill'], tags: ['budget'], cover: { alt: 'Alt', caption: 'Cap', palette: ['#123456', '#abcdef'] }, body: 'Para one.\n\n## Head\n\nPara two.', citations: [{ source: 'bbc', url: 'https://www.bbc.com/x', pageTitle: 'X', accessedOn: '2024-02-01' }] },
      ] },
    ] },
    { number: 19, startYear: 2024, endYear: 2025, issues: [
      { number: 1, coverDate: '2024-09-01', cover: { alt: 'A cover', palette: ['#1d3557', '#e63946'] }, editorsNote: 'Hi.', articles: [] },
      { number: 4, coverDate: '2025-03-01', draft: true, cover: { alt: 'A cover', palette: ['#1d3557', '#e63946'] }, editorsNote: 'Hi.', articles: [
        { title: 'Two', slug: 'two', dek: 'Dek.', section: 'world', authors: ['ada-quill'], tags: [], draft: true, cover: { alt: 'Alt', palette: ['#123456', '#abcdef'] }, body: 'Para.', citations: [] },
      ] },
    ] },
  ],
};
