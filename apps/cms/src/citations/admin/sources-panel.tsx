import { Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { refusalMessage } from '../../admin-api/admin/refusal-message';
import type { Outlet, OutletMatch } from '../outlet-for-url';
import { readPastedUrl } from '../outlet-domains';

/** Today in the editor's own calendar, as a date field holds it. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A citation as the edit form holds one: its outlet as a relation being connected, like the outlet picker does. */
function citationRow(outlet: Outlet, url: string, pageTitle: string, accessedOn: string) {
  const connected = {
    id: outlet.id,
    apiData: { id: outlet.id, documentId: outlet.documentId, locale: null, isTemporary: true },
    __temp_key__: 'a0',
    name: outlet.name,
    label: outlet.name,
    href: `../collection-types/api::source.source/${outlet.documentId}`,
  };
  return { url, pageTitle: pageTitle.trim() || null, accessedOn, source: { connect: [connected], disconnect: [] } };
}

/** Looks the pasted address up once the editor stops typing; local mistakes are told at once, without a request. */
function useOutletMatch(pasted: string) {
  const { get } = useFetchClient();
  const [match, setMatch] = useState<OutletMatch | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setMatch(null);
    setProblem(null);
    if (!pasted.trim()) return;
    const local = readPastedUrl(pasted);
    if (!local.ok) {
      setProblem(local.reason);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      get<{ data: OutletMatch }>('/masthead/sources/for-url', { params: { url: pasted } }).then(
        ({ data }) => current && setMatch(data.data),
        (error) => current && setProblem(refusalMessage(error)),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [pasted, get]);
  return { match, problem, setMatch };
}

function SourceFromUrl() {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const addFieldRow = useForm('SourcesPanel', (state) => state.addFieldRow);
  const [pasted, setPasted] = useState('');
  const [pageTitle, setPageTitle] = useState('');
  const [accessedOn, setAccessedOn] = useState(today);
  const [newName, setNewName] = useState('');
  const [busy, setBusy] = useState(false);
  const { match, problem, setMatch } = useOutletMatch(pasted);

  useEffect(() => setNewName(match?.suggestedName ?? ''), [match?.suggestedName]);

  const addOutlet = async () => {
    if (!match) return;
    setBusy(true);
    try {
      const { data } = await post<{ data: Outlet }>('/masthead/sources', { name: newName, url: match.url });
      setMatch({ ...match, outlet: data.data });
    } catch (error) {
      toggleNotification({ type: 'danger', message: refusalMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const addCitation = () => {
    if (!match?.outlet) return;
    addFieldRow('citations', citationRow(match.outlet, match.url, pageTitle, accessedOn));
    toggleNotification({
      type: 'success',
      message: `Added ${match.outlet.name}${pageTitle.trim() ? `: “${pageTitle.trim()}”` : ''} to the sources cited. Save the article to keep it.`,
    });
    setPasted('');
    setPageTitle('');
    setAccessedOn(today());
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Field.Root name="masthead-source-url" error={problem ?? undefined}>
        <Field.Label>Paste the page’s exact address</Field.Label>
        <TextInput placeholder="https://www.bbc.com/news/…" value={pasted} onChange={(event) => setPasted(event.target.value)} />
        <Field.Error />
      </Field.Root>
      {match ? (
        match.outlet ? (
          <Typography variant="omega" textColor="success600">
            ✓ Outlet: {match.outlet.name}
          </Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography variant="pi" textColor="neutral600">
              No outlet on {match.host} yet.
            </Typography>
            <Field.Root name="masthead-new-outlet">
              <Field.Label>Outlet’s name</Field.Label>
              <TextInput value={newName} onChange={(event) => setNewName(event.target.value)} />
            </Field.Root>
            <Button variant="secondary" disabled={busy || !newName.trim()} onClick={() => void addOutlet()}>
              Add “{newName.trim() || '…'}” as a new outlet
            </Button>
          </Flex>
        )
      ) : null}
      {match?.outlet ? (
        <>
          <Field.Root name="masthead-source-title" hint="As the page titles itself.">
            <Field.Label>Page title</Field.Label>
            <TextInput value={pageTitle} onChange={(event) => setPageTitle(event.target.value)} autoFocus />
            <Field.Hint />
          </Field.Root>
          <Field.Root name="masthead-source-accessed">
            <Field.Label>Accessed on</Field.Label>
            <TextInput type="date" value={accessedOn} onChange={(event) => setAccessedOn(event.target.value)} />
          </Field.Root>
          <Button fullWidth onClick={addCitation}>
            Add to sources cited
          </Button>
        </>
      ) : null}
    </Flex>
  );
}

/** The article form's "Add a source" panel: paste a page's address, and the citation is filled in (src/citations). */
export const SourcesPanel: PanelComponent = ({ model, activeTab }: PanelComponentProps) => {
  if (model !== 'api::article.article' || activeTab === 'published') return null;
  return { title: 'Add a source', content: <SourceFromUrl /> };
};
