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
    indicatorPeriods: '指标季度锁定',
    notForRole: {
      title: '此页面不对您的角色开放',
      text: '{{role}}不查看产业链数据，这个页面只供查看者、编辑者和系统管理员使用。',
      home: '前往我的工作页面',
    },
    account: '账号安全',
    /** 鉴别警示: shown in the frame once signed in. */
    notice: {
      label: '登录提示',
      previous: '上次登录：{{time}}，地址 {{address}}。',
      first: '这是此账号的首次登录。',
      noFailures: '此后没有失败的登录尝试。',
      failures_one:
        '此后有 {{count, number}} 次失败的登录尝试，最近一次在 {{time}}，地址 {{address}}。',
      failures_other:
        '此后有 {{count, number}} 次失败的登录尝试，最近一次在 {{time}}，地址 {{address}}。',
      unknownAddress: '未知',
      check: '如果不是您本人，请立即修改密码并告知安全管理员。',
      dismiss: '知道了',
    },
    roles: {
      viewer: '查看者',
      editor: '编辑者',
      admin: '系统管理员',
      security_admin: '安全管理员',
      audit_admin: '审计管理员',
      department: '部门用户',
    },
  },
};
