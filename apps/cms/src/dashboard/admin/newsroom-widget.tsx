import { Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { NewsroomDashboard } from '../newsroom-dashboard';
import { formatWhen } from '../../scheduling/admin/describe-schedule';

const editLink = (kind: 'article' | 'issue', documentId: string) => `/content-manager/collection-types/api::${kind}.${kind}/${documentId}`;

function Section({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  return (
    <Box>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {title}
      </Typography>
      {children.length ? (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>{children}</ul>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {empty}
        </Typography>
      )}
    </Box>
  );
}

function Item({ to, title, detail }: { to: string; title: string; detail?: string }) {
  return (
    <li>
      <Flex justifyContent="space-between" gap={2} paddingTop={1}>
        <Link to={to} style={{ color: 'inherit', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          <Typography variant="omega">{title}</Typography>
        </Link>
        {detail ? (
          <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'nowrap' }}>
            {detail}
          </Typography>
        ) : null}
      </Flex>
    </li>
  );
}

function CurrentIssue({ issue }: { issue: NonNullable<NewsroomDashboard['currentIssue']> }) {
  const notReady = issue.notReady.length;
  return (
    <Box>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {issue.live ? 'The current issue' : 'The issue in the making'}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={1} paddingTop={1}>
        <Link to={editLink('issue', issue.documentId)} style={{ color: 'inherit' }}>
          <Typography variant="omega" fontWeight="semiBold">
            {issue.label ?? 'Untitled issue'}
          </Typography>
        </Link>
        <Typography variant="pi" textColor="neutral600">
          {issue.articles} {issue.articles === 1 ? 'article' : 'articles'} · {issue.liveArticles} live · {issue.goingOut} ticked to go out
        </Typography>
        <Typography variant="pi" textColor={notReady ? 'danger600' : 'success600'}>
          {notReady ? `Not ready yet: ${issue.notReady.map((title) => `“${title}”`).join(', ')}` : '✓ Every article waiting in it is ready'}
        </Typography>
      </Flex>
    </Box>
  );
}

function NewsroomWidget() {
  const { get } = useFetchClient();
  const [dashboard, setDashboard] = useState<NewsroomDashboard | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    get<{ data: NewsroomDashboard }>('/masthead/dashboard').then(
      ({ data }) => setDashboard(data.data),
      () => setFailed(true),
    );
  }, [get]);

  if (failed) return <Typography textColor="danger600">The newsroom could not be read. Reload the page to try again.</Typography>;
  if (!dashboard) return <Typography textColor="neutral600">Reading the newsroom…</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {dashboard.currentIssue ? <CurrentIssue issue={dashboard.currentIssue} /> : null}
      <Section title="My drafts" empty="None: articles you write appear here until they are published.">
        {dashboard.myDrafts.map((article) => (
          <Item key={article.documentId} to={editLink('article', article.documentId)} title={article.title} />
        ))}
      </Section>
      <Section title="Missing a summary, alt text or credit" empty="✓ Every draft has its summary and its cover’s alt text and credit.">
        {dashboard.missingSummaryAltOrCredit.map((article) => (
          <Item key={article.documentId} to={editLink('article', article.documentId)} title={article.title} />
        ))}
      </Section>
      <Section title="Scheduled" empty="Nothing is scheduled.">
        {dashboard.scheduled.map((item) => (
          <Item
            key={`${item.kind}-${item.documentId}`}
            to={editLink(item.kind, item.documentId)}
            title={item.title}
            detail={formatWhen(new Date(item.at))}
          />
        ))}
      </Section>
    </Flex>
  );
}

export default NewsroomWidget;
