export { LoginForm } from './components/LoginForm';
export { logout, useLogout } from './api/logout';
export { login } from './api/login';
