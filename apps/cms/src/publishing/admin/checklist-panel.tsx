import { Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useForm } from '@strapi/strapi/admin';
import { publishChecklist } from '../publish-readiness';
import { articleDraftFromForm, type ArticleForm, type SavedArticle } from './form-draft';

function Checklist({ saved }: { saved: SavedArticle }) {
  const values = useForm('ChecklistPanel', (state) => state.values as ArticleForm);
  const items = publishChecklist(articleDraftFromForm(values, saved));
  const left = items.filter((item) => !item.done).length;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="omega" fontWeight="semiBold" textColor={left ? 'danger600' : 'success600'}>
        {left ? `${left} ${left === 1 ? 'thing' : 'things'} to do before publishing` : 'Ready to publish'}
      </Typography>
      <ul aria-label="Publish checklist">
        {items.map((item) => (
          <li key={item.label}>
            <Flex gap={2} alignItems="flex-start" paddingTop={1}>
              <Typography aria-hidden variant="omega" fontWeight="bold" textColor={item.done ? 'success600' : 'danger600'}>
                {item.done ? '✓' : '✗'}
              </Typography>
              <Typography variant="omega" textColor={item.done ? 'neutral800' : 'danger700'}>
                {item.label}
                <VisuallyHidden>{item.done ? ': done' : `: to do, ${item.todo}`}</VisuallyHidden>
                {item.done ? null : (
                  <Typography tag="span" display="block" variant="pi" textColor="neutral600" aria-hidden>
                    {capitalised(item.todo)}
                  </Typography>
                )}
              </Typography>
            </Flex>
          </li>
        ))}
      </ul>
    </Flex>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The edit view's "Publish checklist" for articles: every publish rule, ✓ or ✗, as the form stands. The rules are the
 * ones the server enforces on every publish (`../publish-readiness.ts`), so what is green here is what may go live.
 */
export const ChecklistPanel: PanelComponent = ({ model, document, activeTab }: PanelComponentProps) => {
  if (model !== 'api::article.article' || activeTab === 'published') return null;
  return { title: 'Publish checklist', content: <Checklist saved={(document ?? {}) as SavedArticle} /> };
};
