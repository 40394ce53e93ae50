/**
 * Seed 001's sample configuration as data (LHC-8): departments, department groups, the ten user groups with
 * their work-with lists and required flags, the seven roles with every listed function, and the people.
 * Grants are `module/function`, optionally with a JSON limitation.
 */
export const SAMPLE_DEPARTMENTS = ['Departments AU', 'Departments US'] as const;

/** Department groups in order, so that their numbers are 1 (AU) and 2 (US), as the limitations name them. */
export const SAMPLE_DEPARTMENT_GROUPS: ReadonlyArray<{ name: string; departments: readonly string[] }> = [
  { name: 'Departments AU', departments: ['Departments AU'] },
  { name: 'Departments US', departments: ['Departments US'] },
];

const OPERATORS = [
  'lhcannedmsg/see_global',
  'lhcannedmsg/use',
  'lhchat/allowblockusers',
  'lhchat/allowchattabs',
  'lhchat/allowopenremotechat',
  'lhchat/allowredirect',
  'lhchat/allowtransfer',
  'lhchat/allowtransferdirectly',
  'lhchat/chattabschrome',
  'lhchat/editprevious',
  'lhchat/explorecannedmsg',
  'lhchat/open_all',
  'lhchat/prev_chats',
  'lhchat/sees_all_online_visitors',
  'lhchat/singlechatwindow',
  'lhchat/take_screenshot',
  'lhchat/use',
  'lhchat/use_onlineusers',
  'lhchat/writeremotechat',
  'lhchatbox/manage_chatbox',
  'lhcobrowse/browse',
  'lhfaq/manage_faq',
  'lhfile/file_delete_chat',
  'lhfile/use_operator',
  'lhfront/use',
  'lhgenericbot/use_operator',
  'lhgroupchat/use',
  'lhpermission/see_permissions',
  'lhquestionary/manage_questionary',
  'lhspeech/change_chat_recognition',
  'lhspeech/changedefaultlanguage',
  'lhspeech/use',
  // The seed lists "Statistic module (lhstatistic)" with no function; read as all functions, as for team leaders.
  'lhstatistic/*',
  'lhsystem/changelanguage',
  'lhsystem/use',
  'lhtheme/personaltheme',
  'lhtheme/use_operator',
  'lhtranslation/use',
  'lhuser/allowtochoosependingmode',
  'lhuser/change_visibility_list',
  'lhuser/changeonlinestatus',
  'lhuser/personalcannedmsg',
  'lhuser/see_all_group_users',
  'lhuser/see_assigned_departments_groups',
  'lhuser/selfedit',
  'lhuser/userlistonline',
  'lhviews/use',
  'lhvoicevideo/use',
  'lhxml/*',
];

const TEAMLEADER = [
  'lhcannedmsg/see_global',
  'lhcannedmsg/use',
  'lhchat/administratecannedmsg',
  'lhchat/allowblockusers',
  'lhchat/allowcloseremote',
  'lhchat/allowopenremotechat',
  'lhchat/allowredirect',
  'lhchat/allowtransfer',
  'lhchat/allowtransferdirectly',
  'lhchat/chattabschrome',
  'lhchat/explorecannedmsg',
  'lhchat/explorecannedmsg_all',
  'lhchat/export_chats',
  'lhchat/open_all',
  'lhchat/prev_chats',
  'lhchat/sees_all_online_visitors',
  'lhchat/sendmail',
  'lhchat/singlechatwindow',
  'lhchat/take_screenshot',
  'lhchat/use',
  'lhchat/use_onlineusers',
  'lhchat/writeremotechat',
  'lhcobrowse/browse',
  'lhfile/use_operator',
  'lhfront/switch_dashboard',
  'lhfront/use',
  'lhgroupchat/use',
  'lhpermission/see_permissions',
  'lhspeech/change_chat_recognition',
  'lhspeech/changedefaultlanguage',
  'lhspeech/use',
  'lhstatistic/*',
  'lhsystem/changelanguage',
  'lhsystem/generatejs',
  'lhsystem/use',
  'lhtheme/personaltheme',
  'lhtranslation/use',
  'lhuser/allowtochoosependingmode',
  'lhuser/assign_to_own_department_group',
  'lhuser/canseedepartmentstats',
  'lhuser/change_visibility_list',
  'lhuser/changeonlinestatus',
  'lhuser/changevisibility',
  'lhuser/createuser',
  'lhuser/editdepartaments',
  'lhuser/edituser',
  'lhuser/personalcannedmsg',
  'lhuser/see_all_group_users',
  'lhuser/see_assigned_departments_groups',
  'lhuser/see_user_assigned_departments_groups',
  'lhuser/selfedit',
  'lhuser/setopstatus',
  'lhuser/userlist',
  'lhuser/userlistonline',
  'lhviews/use',
  'lhvoicevideo/use',
  'lhxml/*',
];

const MANAGERS = [
  'lhabstract/use',
  'lhaudit/*',
  'lhcannedmsg/*',
  'lhchat/*',
  'lhchatarchive/*',
  'lhchatsettings/*',
  'lhdepartment/actautoassignment',
  'lhdepartment/actworkflow',
  'lhdepartment/create',
  'lhdepartment/delete',
  'lhdepartment/edit',
  'lhdepartment/list',
  'lhdepartment/managealias',
  'lhdepartment/managegroups',
  'lhdepartment/managesurvey',
  'lhfile/*',
  'lhgroupchat/*',
  'lhsurvey/*',
  'lhtheme/*',
  'lhtranslation/*',
  'lhuser/*',
];

/** A grant as the sample writes it. */
export interface SampleGrant {
  grant: string;
  limitation?: string;
}

const plain = (list: string[]): SampleGrant[] => list.map((grant) => ({ grant }));

/**
 * The seven roles. The seed lists no functions for Administrators and Rest API; they are created empty (owners
 * and administrators of the organization manage everything anyway).
 */
export const SAMPLE_ROLES: ReadonlyArray<{ name: string; grants: SampleGrant[] }> = [
  { name: 'Administrators', grants: [] },
  { name: 'Operators', grants: plain(OPERATORS) },
  { name: 'Teamleader', grants: plain(TEAMLEADER) },
  { name: 'Rest API', grants: [] },
  { name: 'Operators AU', grants: [{ grant: 'lhdepartment/see_all', limitation: '{"group":[1]}' }] },
  { name: 'Operators US', grants: [{ grant: 'lhdepartment/see_all', limitation: '{"group":[2]}' }] },
  { name: 'Managers', grants: plain(MANAGERS) },
];

/** The ten user groups, in the seed's order, created before their work-with lists are set. */
export const SAMPLE_USER_GROUPS: ReadonlyArray<{
  name: string;
  required: boolean;
  roles: string[];
  workWith: string[];
}> = [
  { name: 'Operators', required: true, roles: ['Operators'], workWith: [] },
  { name: 'Team Leader', required: true, roles: ['Teamleader'], workWith: ['Operators'] },
  { name: 'Managers', required: true, roles: ['Operators', 'Teamleader', 'Managers'], workWith: [] },
  { name: 'AU Managers', required: false, roles: [], workWith: ['AU Operators', 'AU Team Leaders'] },
  { name: 'US Managers', required: false, roles: [], workWith: ['US Operators', 'US Team Leaders'] },
  { name: 'US Team Leaders', required: false, roles: [], workWith: ['US Operators'] },
  { name: 'AU Team Leaders', required: false, roles: [], workWith: ['AU Operators'] },
  { name: 'AU Operators', required: false, roles: ['Operators AU'], workWith: [] },
  { name: 'US Operators', required: false, roles: ['Operators US'], workWith: [] },
  // The seed does not list the Administrators group's roles; it holds the Administrators role by name.
  { name: 'Administrators', required: false, roles: ['Administrators'], workWith: [] },
];

/** The people (seed: "Creating an Operator US", "Creating a Teamleader US", and their AU counterparts). */
export const SAMPLE_OPERATORS: ReadonlyArray<{ email: string; userGroups: string[]; departmentGroups: string[] }> = [
  { email: 'us-operator@demo.test', userGroups: ['US Operators', 'Operators'], departmentGroups: ['Departments US'] },
  {
    email: 'us-leader@demo.test',
    userGroups: ['US Team Leaders', 'Team Leader'],
    departmentGroups: ['Departments US'],
  },
  { email: 'au-operator@demo.test', userGroups: ['AU Operators', 'Operators'], departmentGroups: ['Departments AU'] },
  {
    email: 'au-leader@demo.test',
    userGroups: ['AU Team Leaders', 'Team Leader'],
    departmentGroups: ['Departments AU'],
  },
];

/** The demo organization, created by the accounts demo. */
export const SAMPLE_ORGANIZATION = 'Acme Support';
