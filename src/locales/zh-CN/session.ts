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
    securityAudit: '安全审计',
    securityPolicy: '安全策略',
    notForRole: {
      title: '此页面不对您的角色开放',
      text: '{{role}}不查看产业链数据，这个页面只供查看者、编辑者和系统管理员使用。',
      home: '前往我的工作页面',
    },
    roles: {
      viewer: '查看者',
      editor: '编辑者',
      admin: '系统管理员',
      security_admin: '安全管理员',
      audit_admin: '审计管理员',
    },
  },
};
