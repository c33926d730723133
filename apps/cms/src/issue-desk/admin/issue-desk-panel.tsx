import { Box, Button, Checkbox, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp } from '@strapi/icons';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import type { DeskArticle, IssueDesk } from '../issue-desk';
import { refusalMessage } from '../../admin-api/admin/refusal-message';
import { moved } from './move';

type Load = { desk: IssueDesk | null; error: string | null };

function useIssueDesk(documentId: string) {
  const { get } = useFetchClient();
  const [load, setLoad] = useState<Load>({ desk: null, error: null });
  const refresh = useCallback(async () => {
    try {
      const { data } = await get<{ data: IssueDesk }>(`/masthead/issues/${documentId}/desk`);
      setLoad({ desk: data.data, error: null });
    } catch (error) {
      setLoad({ desk: null, error: refusalMessage(error) });
    }
  }, [documentId, get]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { ...load, setDesk: (desk: IssueDesk) => setLoad({ desk, error: null }), refresh };
}

function ArticleRow({
  article,
  index,
  count,
  busy,
  onMove,
  onInclude,
  onDragStart,
  onDrop,
}: {
  article: DeskArticle;
  index: number;
  count: number;
  busy: boolean;
  onMove(from: number, to: number): void;
  onInclude(article: DeskArticle, include: boolean): void;
  onDragStart(index: number): void;
  onDrop(index: number): void;
}) {
  const ready = article.toDo.length === 0;
  return (
    <li
      draggable={!busy}
      onDragStart={(event: DragEvent) => {
        // Firefox starts a drag only with data set; the order itself travels in React state.
        event.dataTransfer.setData('text/plain', article.documentId);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(index);
      }}
      onDragOver={(event: DragEvent) => event.preventDefault()}
      onDrop={(event: DragEvent) => {
        event.preventDefault();
        onDrop(index);
      }}
      aria-label={article.title}
      style={{ cursor: busy ? 'wait' : 'grab' }}
    >
      <Box paddingTop={2} paddingBottom={2} borderColor="neutral150" borderStyle="solid" borderWidth="0 0 1px 0">
        <Flex gap={2} alignItems="flex-start">
          <Typography variant="pi" fontWeight="bold" textColor="neutral600" aria-hidden>
            {index + 1}.
          </Typography>
          <Flex direction="column" alignItems="stretch" gap={1} grow={1}>
            <Typography variant="omega" fontWeight="semiBold">
              {article.title}
            </Typography>
            {article.live ? (
              <Typography variant="pi" textColor="success600">
                Live
              </Typography>
            ) : (
              <>
                <Typography variant="pi" textColor={ready ? 'success600' : 'danger600'}>
                  {ready ? '✓ Ready' : `✗ To do: ${article.toDo.join('; ')}`}
                </Typography>
                <Checkbox
                  checked={article.releaseWithIssue}
                  disabled={busy}
                  onCheckedChange={(checked: boolean | 'indeterminate') => onInclude(article, checked === true)}
                >
                  Goes out with the issue
                </Checkbox>
              </>
            )}
          </Flex>
          <Flex direction="column" gap={1}>
            <IconButton
              label={`Move “${article.title}” up`}
              disabled={busy || index === 0}
              onClick={() => onMove(index, index - 1)}
              variant="ghost"
            >
              <ArrowUp />
            </IconButton>
            <IconButton
              label={`Move “${article.title}” down`}
              disabled={busy || index === count - 1}
              onClick={() => onMove(index, index + 1)}
              variant="ghost"
            >
              <ArrowDown />
            </IconButton>
          </Flex>
        </Flex>
      </Box>
    </li>
  );
}

function IssueDeskContent({ documentId }: { documentId: string }) {
  const { put, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { desk, error, setDesk } = useIssueDesk(documentId);
  const [busy, setBusy] = useState(false);
  const [dragged, setDragged] = useState<number | null>(null);

  const run = async (change: () => Promise<{ data: { data: IssueDesk } }>) => {
    setBusy(true);
    try {
      setDesk((await change()).data.data);
      return true;
    } catch (refusal) {
      toggleNotification({ type: 'danger', message: refusalMessage(refusal) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!desk) return <Typography textColor="neutral600">Loading the table of contents…</Typography>;
  if (desk.articles.length === 0) {
    return (
      <Typography textColor="neutral600">No articles are filed in this issue yet: choose this issue on an article to add it.</Typography>
    );
  }

  const reorder = (from: number, to: number) => {
    const order = moved(desk.articles, from, to).map((article) => article.documentId);
    void run(() => put(`/masthead/issues/${documentId}/order`, { articles: order }));
  };
  const include = (article: DeskArticle, releaseWithIssue: boolean) =>
    void run(() => put(`/masthead/issues/${documentId}/articles/${article.documentId}`, { releaseWithIssue }));

  const waiting = desk.articles.filter((article) => !article.live);
  const going = waiting.filter((article) => article.releaseWithIssue);
  const blocked = going.filter((article) => article.toDo.length > 0);
  const leftOut = waiting.filter((article) => !article.releaseWithIssue);
  const release = async () => {
    if (await run(() => post(`/masthead/issues/${documentId}/release`, {}))) {
      // The edit view above shows the issue's own status (Draft, Published): read it again.
      window.location.reload();
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Typography variant="pi" textColor="neutral600">
        Drag the articles, or use the arrows, to set the order readers see.
      </Typography>
      <ol aria-label="Table of contents" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {desk.articles.map((article, index) => (
          <ArticleRow
            key={article.documentId}
            article={article}
            index={index}
            count={desk.articles.length}
            busy={busy}
            onMove={reorder}
            onInclude={include}
            onDragStart={setDragged}
            onDrop={(target) => {
              if (dragged !== null && dragged !== target) reorder(dragged, target);
              setDragged(null);
            }}
          />
        ))}
      </ol>
      {leftOut.length > 0 && going.length > 0 ? (
        <Typography variant="pi" textColor="danger600">
          Left out of the release: {leftOut.map((article) => `“${article.title}”`).join(', ')}.
        </Typography>
      ) : null}
      {blocked.length > 0 ? (
        <Typography variant="pi" textColor="danger600">
          Not ready to go out: {blocked.map((article) => `“${article.title}”`).join(', ')}. Fix them, or untick them.
        </Typography>
      ) : null}
      <Button fullWidth disabled={busy || going.length === 0 || blocked.length > 0} onClick={() => void release()}>
        {releaseLabel(desk.live, going.length)}
      </Button>
      <Typography variant="pi" textColor="neutral600">
        {desk.live
          ? 'This issue is live: ticked articles join it when you publish them here.'
          : 'To release it at a set time instead, fill in Release at and save: the ticked articles go out then.'}
      </Typography>
    </Flex>
  );
}

function releaseLabel(live: boolean, count: number): string {
  if (count === 0) return live ? 'Tick the articles to publish in it' : 'Tick the articles that go out with the issue';
  const articles = `${count} ${count === 1 ? 'article' : 'articles'}`;
  return live ? `Publish its ${articles} now` : `Publish the issue and its ${articles} now`;
}

/** The issue screen's table of contents: order, readiness, what goes out with the issue, and its release (src/issue-desk). */
export const IssueDeskPanel: PanelComponent = ({ model, documentId, activeTab }: PanelComponentProps) => {
  if (model !== 'api::issue.issue' || activeTab === 'published' || !documentId) return null;
  return { title: 'Table of contents', content: <IssueDeskContent documentId={documentId} /> };
};
