import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Region, Theme } from '@app/members';
import { startTestApp, TestApp } from '@app/testing';
import { REPLY } from './forum-operations.js';

const CREATE_PRACTICE = `mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { id descriptionHtml } }`;

describe('ALLOWED_IMAGE_HOSTS: images of listed hosts stay, other remote images render as links', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { ALLOWED_IMAGE_HOSTS: 'img.example' } });
  });
  afterAll(() => t.close());

  it('keeps the image of a listed host in a post and still turns the others into links', async () => {
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const body = 'Il nostro schema: ![schema](https://img.example/schema.png)\n\nE la locandina: ![x](https://evil.example/p.png)';
    const res = await t.gql(author, REPLY, { input: { threadId: thread.id, body } });
    expect(res.errors).toBeUndefined();
    const html: string = res.data.replyToThread.bodyHtml;
    expect(html).toContain('<img src="https://img.example/schema.png" alt="schema" />');
    expect(html).not.toMatch(/<img[^>]*evil\.example/);
    expect(html).toContain('<a href="https://evil.example/p.png" rel="nofollow noopener noreferrer" target="_blank">x</a>');
  });

  it('lets browsers load images of the listed hosts only, in the content security policy', async () => {
    const res = await fetch(`${t.baseUrl}/health`);
    expect(res.headers.get('content-security-policy')).toContain("img-src 'self' data: img.example;");
  });

  it('applies to practice descriptions too', async () => {
    const administration = await t.seed.administration({ region: Region.PUGLIA, name: 'Comune di Lecce' });
    const creator = await t.seed.member({ administrationId: administration.id });
    const res = await t.gql(creator, CREATE_PRACTICE, {
      input: {
        title: 'Mappa dei servizi comunali',
        summary: 'Una mappa online dei servizi comunali aperti al pubblico.',
        description: '![mappa](https://img.example/mappa.png) ![traccia](https://evil.example/t.gif)',
        themes: [Theme.CITIZEN_SERVICES],
        offeringAdministrationId: administration.id,
      },
    });
    expect(res.errors).toBeUndefined();
    const html: string = res.data.createPractice.descriptionHtml;
    expect(html).toContain('<img src="https://img.example/mappa.png" alt="mappa" />');
    expect(html).not.toMatch(/<img[^>]*evil\.example/);
    expect(html).toContain('<a href="https://evil.example/t.gif" rel="nofollow noopener noreferrer" target="_blank">traccia</a>');
  });
});
