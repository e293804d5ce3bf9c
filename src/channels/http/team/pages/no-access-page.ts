// What a member (the role without client access) sees instead of client data.
import type { MemberActor } from '../../../../context';
import { layout, message } from './layout';

export const noAccessPage = (actor: MemberActor) => layout({
  title: 'No client access', actor,
  body: message('No client access', 'Your role (member) does not give access to clients. Ask an owner or admin of your workspace to change your role.'),
});
