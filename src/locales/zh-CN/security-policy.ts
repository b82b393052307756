/** 安全策略: the security administrator's settings (GB/T 22239-2019, level 3). */
export const securityPolicy = {
  title: '安全策略',
  summary:
    '设置全体用户的密码规则、双因素认证、会话期限和审计日志保存期。保存后立即生效：新的密码规则在下次设置密码时检查，会话规则在下一次请求时适用。',
  noPermission: {
    title: '没有权限',
    text: '只有安全管理员可以查看和设置安全策略。',
  },
  groups: {
    password: '密码',
    secondFactor: '双因素认证',
    session: '会话',
    audit: '审计',
  },
  fields: {
    passwordMinLength: {
      label: '最短长度（字符）',
      hint: '新密码至少要有的字符数，{{min, number}} 到 {{max, number}}。',
    },
    passwordMinClasses: {
      label: '字符种类',
      hint: '大写字母、小写字母、数字、其他符号四类中至少要用几类，{{min, number}} 到 {{max, number}}。',
    },
    passwordHistory: {
      label: '不得重复最近几次的密码',
      hint: '新密码不能与最近这么多个旧密码相同，{{min, number}} 到 {{max, number}}；0 表示不检查。',
    },
    passwordMaxAgeDays: {
      label: '密码有效期（天）',
      hint: '超过这么多天须更换密码，{{min, number}} 到 {{max, number}}；0 表示永不过期。',
    },
    secondFactorRoles: {
      label: '需要双因素认证的角色',
      hint: '勾选的角色登录时，除密码外还须输入验证器应用（如 Microsoft Authenticator）中的动态验证码。',
    },
    sessionIdleMinutes: {
      label: '空闲超时（分钟）',
      hint: '这么久没有操作就自动退出登录，{{min, number}} 到 {{max, number}}。',
    },
    sessionLifetimeHours: {
      label: '会话最长时间（小时）',
      hint: '登录这么久后无论是否操作都须重新登录，{{min, number}} 到 {{max, number}}。',
    },
    singleSession: {
      label: '每个账号只允许一个会话',
      hint: '在别处登录时，该账号原来的会话结束。',
    },
    requestsPerMinute: {
      label: '每个会话每分钟请求数上限',
      hint: '超过后服务器暂时拒绝该会话的请求，防止滥用，{{min, number}} 到 {{max, number}}。',
    },
    auditRetentionDays: {
      label: '审计日志保存期（天）',
      hint: '安全审计记录至少保存这么多天，{{min, number}} 到 {{max, number}}（网络安全法要求不少于六个月）。',
    },
  },
  versionBy: '第 {{version}} 版，{{when}} 由 {{name}} 保存',
  unchanged: '第 {{version}} 版，尚未经安全管理员修改。',
  save: '保存安全策略',
  saving: '正在保存…',
  saved: '安全策略已保存（第 {{version}} 版）。',
  conflict: {
    title: '安全策略已被{{name}}修改，您的修改没有保存。',
    someone: '他人',
    text: '下面显示的是当前生效的设置。您填写的值如下，请核对后重新填写并保存：',
    yours: '{{label}}：您填写的是 {{mine}}，当前为 {{theirs}}',
  },
  yes: '是',
  no: '否',
  none: '无',
};
