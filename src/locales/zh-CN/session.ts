/** The signed-in user in the frame, on every screen: bundled into the default namespace. */
export const session = {
  session: {
    label: '当前用户',
    role: '角色：{{role}}',
    changePassword: '修改密码',
    passwordChanged: '密码已修改。',
    signOut: '退出登录',
    signingOut: '正在退出…',
    signOutFailed: '退出登录失败，请重试。',
    users: '用户管理',
    audit: '修改记录',
    securityPolicy: '安全策略',
    roles: {
      viewer: '查看者',
      editor: '编辑者',
      admin: '系统管理员',
      security_admin: '安全管理员',
      audit_admin: '审计管理员',
    },
  },
};
