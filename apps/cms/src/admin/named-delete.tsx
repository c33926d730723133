import { Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import type { DescriptionComponent, DocumentActionProps } from '@strapi/content-manager/strapi-admin';

/** An entry of the edit view's "…" menu or a list row's, as the Content Manager describes one; only the dialog is read here. */
type MenuAction = DescriptionComponent<DocumentActionProps, object> & { type?: string; position?: unknown };
type WithDialog = { dialog?: { type: string; content?: unknown } };

/** How the document is known to an editor: a headline, an issue's label, a person's or outlet's name. */
function nameOf(document: DocumentActionProps['document']): string | null {
  const fields = document as Record<string, unknown> | undefined;
  const name = fields?.title ?? fields?.label ?? fields?.name ?? fields?.from;
  return typeof name === 'string' && name.trim() ? name : null;
}

/**
 * Strapi's delete confirmation asks "Are you sure you want to delete this document?": it does not say which, nor
 * that readers are reading it right now. This wraps Strapi's own delete action (its permission check, request and
 * navigation stay Strapi's) and words its dialog for an editor.
 */
function namedDelete(original: MenuAction): MenuAction {
  const NamedDelete: MenuAction = (props) => {
    const description = original(props) as WithDialog;
    if (!description?.dialog) return description;
    const name = nameOf(props.document);
    const status = (props.document as { status?: string } | undefined)?.status;
    const live = status === 'published' || status === 'modified';
    return {
      ...description,
      dialog: {
        ...description.dialog,
        content: (
          <Flex direction="column" gap={2}>
            <WarningCircle width="24px" height="24px" fill="danger600" />
            <Typography tag="p" variant="omega" fontWeight="semiBold" textAlign="center">
              Delete {name ? `“${name}”` : 'this entry'}?
            </Typography>
            <Typography tag="p" variant="omega" textAlign="center" textColor={live ? 'danger600' : 'neutral800'}>
              {live
                ? 'It is live: readers lose it at once and links to it stop working. To take it off the site and keep it, unpublish it instead.'
                : 'Its draft and everything in it are deleted.'}{' '}
              This cannot be undone.
            </Typography>
          </Flex>
        ),
      },
    };
  };
  NamedDelete.type = original.type;
  NamedDelete.position = original.position;
  return NamedDelete;
}

/**
 * The Content Manager's document actions for a newsroom: Strapi's "Edit the model" and "Configure the view" are for whoever
 * runs the CMS (Masthead sets the forms in code, src/bootstrap/admin-layouts.ts, and would undo a change made there
 * at the next start), and deleting says what it deletes.
 */
export function newsroomDocumentActions(actions: MenuAction[]): MenuAction[] {
  return actions
    .filter((action) => action.type !== 'edit-the-model' && action.type !== 'configure-the-view')
    .map((action) => (action.type === 'delete' ? namedDelete(action) : action));
}
