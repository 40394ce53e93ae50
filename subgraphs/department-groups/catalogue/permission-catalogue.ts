/** One function of a module, as seed 001 describes it. */
export interface CatalogueFunction {
  code: string;
  description: string;
}

/** One module of the permission catalogue (LHC-3). */
export interface CatalogueModule {
  code: string;
  name: string;
  functions: readonly CatalogueFunction[];
}

/** The grant function meaning "all functions of the module" (LHC-3). */
export const ALL_FUNCTIONS = '*';

const f = (code: string, description: string): CatalogueFunction => ({ code, description });

/**
 * The permission catalogue: every module and function seed 001 lists, with the seed's description (where the
 * seed words one function twice, the first wording). A module the seed lists only with `*` (lhaudit, lhxml, …)
 * has no named function; `*` is valid for every module.
 */
export const PERMISSION_CATALOGUE: readonly CatalogueModule[] = [
  { code: 'lhabstract', name: 'Abstract module', functions: [f('use', 'Allow to use abstract module')] },
  { code: 'lhaudit', name: 'Audit', functions: [] },
  {
    code: 'lhcannedmsg',
    name: 'Canned Messages',
    functions: [
      f('see_global', 'Allow operator to see global canned messages'),
      f('use', 'General permission to use canned messages module'),
    ],
  },
  {
    code: 'lhchat',
    name: 'Chat',
    functions: [
      f('administratecannedmsg', 'Allow operator to change canned messages'),
      f('allowblockusers', 'Allow operator to block visitors'),
      f('allowchattabs', 'Allow operator to use chat rooms functionality'),
      f('allowcloseremote', "Allow operator to close another operator's chat"),
      f('allowopenremotechat', 'Allow operator to open other operators chats from same department'),
      f('allowredirect', 'Allow operator to redirect user to another page'),
      f('allowtransfer', 'Allow user to transfer chat to another user'),
      f('allowtransferdirectly', 'Allow operator to transfer chat directly to other operator'),
      f('chattabschrome', 'Allow operator to use chrome extension'),
      f('editprevious', 'Allow operator to edit their previous messages'),
      f(
        'explorecannedmsg',
        'Allow operator to explore canned messages. They will see canned messages based on departments they are a member of.',
      ),
      f(
        'explorecannedmsg_all',
        "Allow operator to explore canned messages. They will see all departments' canned messages.",
      ),
      f('export_chats', 'Allow operator to export filtered chats'),
      f('open_all', 'Allow operator to open all chats, not only assigned to them'),
      f('prev_chats', 'Allow operator to see previous chats from a visitor'),
      f('sees_all_online_visitors', 'Operator can see all online visitors, not only their department'),
      f('sendmail', 'Allow operator to send e-mail to a visitor from the chat window'),
      f('singlechatwindow', 'Allow operator to use single chat window functionality'),
      f('take_screenshot', 'Allow operator to take visitor browser page screenshots'),
      f('use', 'General permission to use chat module'),
      f('use_onlineusers', 'Allow operator to view online visitors'),
      f('writeremotechat', "Allow operator to write to another operator's chat"),
    ],
  },
  { code: 'lhchatarchive', name: 'Chat archive module', functions: [] },
  { code: 'lhchatbox', name: 'Chatbox', functions: [f('manage_chatbox', 'Allow user to manage Chatbox module')] },
  { code: 'lhchatsettings', name: 'Chat settings', functions: [] },
  {
    code: 'lhcobrowse',
    name: 'CO Browse module',
    functions: [f('browse', 'Allow operator to use co-browse functionality')],
  },
  {
    code: 'lhdepartment',
    name: 'Departments configuration',
    functions: [
      f('actautoassignment', 'Allow user to change auto assignment'),
      f('actworkflow', 'Allow user to change transfer workflow'),
      f('create', 'Permission to create a new department'),
      f('delete', 'Permission to delete department'),
      f('edit', 'Permission to edit department'),
      f('list', 'Access to list departments'),
      f('managealias', 'Allow operator to change department alias'),
      f('managegroups', 'Allow user to manage all department groups, not only assigned to them'),
      f('managesurvey', 'Allow operator to change department surveys'),
      f('see_all', 'Allow user to see all departments, even if they do not have permission to see chats.'),
    ],
  },
  { code: 'lhfaq', name: 'FAQ', functions: [f('manage_faq', 'Allow user to manage FAQ')] },
  {
    code: 'lhfile',
    name: 'Files module',
    functions: [
      f('file_delete_chat', 'Allow operators to delete their chat files'),
      f('use_operator', 'Allow operators to send files to visitors'),
    ],
  },
  {
    code: 'lhfront',
    name: 'Frontpage',
    functions: [
      f('switch_dashboard', 'Allow operator to switch between new/old dashboards'),
      f('use', 'General frontpage use permission'),
    ],
  },
  {
    code: 'lhgenericbot',
    name: 'Generic Bot',
    functions: [f('use_operator', 'Allow operator to change bot notifications settings')],
  },
  {
    code: 'lhgroupchat',
    name: 'Group chats module',
    functions: [f('use', 'Allow operator to use private/public groups')],
  },
  {
    code: 'lhpermission',
    name: 'Permissions configuration',
    functions: [f('see_permissions', 'Allow operator to see their permissions')],
  },
  {
    code: 'lhquestionary',
    name: 'Questionary/Voting',
    functions: [f('manage_questionary', 'Allow user to manage questionary')],
  },
  {
    code: 'lhspeech',
    name: 'Speech module',
    functions: [
      f('change_chat_recognition', 'Allow operator to change chat recognition language'),
      f('changedefaultlanguage', 'Allow user to change their personal speech recognition language'),
      f('use', 'Allow operator to use speech recognition module'),
    ],
  },
  { code: 'lhstatistic', name: 'Statistic module', functions: [] },
  { code: 'lhsurvey', name: 'Survey', functions: [] },
  {
    code: 'lhsystem',
    name: 'System configuration',
    functions: [
      f('changelanguage', 'Allow user to change their languages'),
      f('generatejs', 'Allow user to access HTML generation'),
      f('use', 'Allow user to see configuration links'),
    ],
  },
  {
    code: 'lhtheme',
    name: 'Theme',
    functions: [
      f('personaltheme', 'Allow operators to have their own personal back office theme'),
      f('use_operator', 'Allow operator to preview trigger'),
    ],
  },
  {
    code: 'lhtranslation',
    name: 'Translation module',
    functions: [f('use', 'Allow operator to use automatic translations')],
  },
  {
    code: 'lhuser',
    name: 'Users, groups management',
    functions: [
      f(
        'allowtochoosependingmode',
        'Allow user to choose what pending chats they can see, only assigned to them or all.',
      ),
      f(
        'assign_to_own_department_group',
        "Allow user to change other users' department groups (only if the operator belongs to them)",
      ),
      f('canseedepartmentstats', 'Allow user to see department statistics'),
      f(
        'change_visibility_list',
        'Allow user to choose what list should be visible by them, pending/active/unread/closed',
      ),
      f('changeonlinestatus', 'Allow user to change their online status'),
      f('changevisibility', 'Allow user to change their visibility mode'),
      f('createuser', 'Allow user to create another user'),
      f('editdepartaments', 'Allow user to edit their own responsible departments/department groups'),
      f('edituser', 'Allow user to edit another user'),
      f('personalcannedmsg', 'Allow user to have personal canned messages'),
      f('see_all_group_users', 'Allow user to see all group users they belong to.'),
      f('see_assigned_departments_groups', 'Allow user to see department groups assigned to them'),
      f('see_user_assigned_departments_groups', "Allow user to see other users' assigned department groups"),
      f('selfedit', 'Allow user to edit their own data'),
      f('setopstatus', "Allow user to change another user's online status from the online operators widget"),
      f('userlist', 'Allow user to list users'),
      f('userlistonline', 'Allow user to see logged operators list, only from their department'),
    ],
  },
  { code: 'lhviews', name: 'Views module', functions: [f('use', 'Allow operator to use views')] },
  {
    code: 'lhvoicevideo',
    name: 'Voice & Video & ScreenShare',
    functions: [f('use', 'Allow operator to use Voice & Video & ScreenShare calls')],
  },
  { code: 'lhxml', name: 'Live helper Chat XML service', functions: [] },
];

const BY_CODE = new Map(PERMISSION_CATALOGUE.map((m) => [m.code, m]));

/** The catalogued module with this code, if any. */
export function catalogueModule(code: string): CatalogueModule | undefined {
  return BY_CODE.get(code);
}

/** True when `function` names a function of `module` in the catalogue, or is `*`. */
export function isCataloguedFunction(module: string, fn: string): boolean {
  const m = BY_CODE.get(module);
  return m !== undefined && (fn === ALL_FUNCTIONS || m.functions.some((x) => x.code === fn));
}
