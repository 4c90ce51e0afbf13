export { LoginForm } from './components/LoginForm';
export { ChangePasswordForm } from './components/ChangePasswordForm';
export { changePassword } from './api/change-password';
export { logout, useLogout } from './api/logout';
export { login } from './api/login';
