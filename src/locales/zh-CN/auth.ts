/** Sign-in, and the messages every form shares: loaded with the first screen that has a form. */
export const auth = {
  signIn: {
    title: '登录',
    intro: '请使用分配给您的账号登录。',
    username: '用户名',
    password: '密码',
    submit: '登录',
    submitting: '正在登录…',
    wrongCredentials: '用户名或密码不正确。',
    // Chinese has one plural form; the _one key exists because English needs it.
    locked_one: '登录失败次数过多，请 {{count, number}} 分钟后再试。',
    locked_other: '登录失败次数过多，请 {{count, number}} 分钟后再试。',
    lockedLater: '登录失败次数过多，请稍后再试。',
  },
  /** The contract's field messages, in the reader's language (see translateFieldMessage). */
  validation: {
    required: '必填。',
    minLength_one: '至少 {{count, number}} 个字符。',
    minLength_other: '至少 {{count, number}} 个字符。',
    maxLength_one: '最多 {{count, number}} 个字符。',
    maxLength_other: '最多 {{count, number}} 个字符。',
    tooLong: '内容过长。',
    usernameCharacters: '只能使用小写字母、数字以及 . _ -。',
    taken: '已被使用，请换一个。',
    editorChains: '编辑者至少需要一条可编辑的产业链。',
    lockOut: '不能停用自己的账号，也不能取消自己的管理员角色。',
    invalid: '填写的内容不符合要求。',
  },
  errors: {
    network: '无法连接到服务器，请检查网络后重试。',
    timeout: '服务器长时间没有响应，请稍后重试。',
    server: '服务器出错（{{status}}），请稍后重试。',
    forbidden: '您没有权限执行此操作。',
    conflict: '这条记录已被他人修改，请重新打开后再保存。',
    rejected: '服务器未接受提交的内容：{{message}}',
    unexpected: '服务器返回的数据无法识别，请稍后重试。',
  },
};
