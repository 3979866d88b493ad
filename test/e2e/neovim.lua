-- Drives invitelint's language server from a real LSP client: headless Neovim 0.7.
-- Run by test/e2e/neovim.test.ts as
--   INVITELINT_SERVER=bin/invitelint-language-server.js \
--   nvim --headless -u NONE -i NONE -n -c "luafile test/e2e/neovim.lua" -- DRAFT
-- Waits for the name-mismatch diagnostic, applies its preferred quick-fix, saves, waits for
-- the diagnostic to clear, and exits with `qall!` (pass) or `cquit 1` (fail).

local TIMEOUT = 15000

local function say(message)
  io.stderr:write('neovim.lua: ' .. message .. '\n')
end

local function fail(message)
  say('FAIL: ' .. message)
  vim.cmd('cquit 1')
end

local function run()
  local server = os.getenv('INVITELINT_SERVER')
  if not server or server == '' then return fail('INVITELINT_SERVER is not set') end

  local bufnr = vim.api.nvim_get_current_buf()
  local fname = vim.api.nvim_buf_get_name(bufnr)
  local uri = vim.uri_from_bufnr(bufnr)

  -- Keep the raw LSP diagnostics: the code-action request needs `code` and `data` intact.
  local published = nil
  local handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == uri then published = result end
      return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
    end,
  }

  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'invitelint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(fname, ':h'),
    handlers = handlers,
    on_exit = function(code) exited = code end,
  })
  if not client_id then return fail('vim.lsp.start_client returned nil') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function find(rule)
    for _, d in ipairs((published and published.diagnostics) or {}) do
      if d.code == rule then return d end
    end
    return nil
  end

  if not vim.wait(TIMEOUT, function() return find('name-mismatch') ~= nil or exited ~= nil end, 50) or exited ~= nil then
    return fail('no name-mismatch diagnostic (server exit: ' .. tostring(exited) .. '); last published: ' .. vim.inspect(published))
  end
  local diagnostic = find('name-mismatch')
  say('diagnostic: ' .. diagnostic.message)

  -- Its range (UTF-16, as LSP says) covers exactly the wrong name in the buffer.
  local range = diagnostic.range
  if range.start.line ~= range['end'].line then return fail('range spans lines: ' .. vim.inspect(range)) end
  local line = vim.api.nvim_buf_get_lines(bufnr, range.start.line, range.start.line + 1, true)[1]
  local from = vim.str_byteindex(line, range.start.character, true)
  local to = vim.str_byteindex(line, range['end'].character, true)
  local covered = line:sub(from + 1, to)
  if covered ~= 'Anna' then return fail('diagnostic range covers ' .. vim.inspect(covered) .. ', not "Anna", in ' .. vim.inspect(line)) end

  -- Neovim itself shows it too (through its own diagnostic handler).
  local shown = vim.diagnostic.get(bufnr)
  if #shown == 0 then return fail('vim.diagnostic.get() is empty although the server published diagnostics') end

  local params = {
    textDocument = { uri = uri },
    range = diagnostic.range,
    context = { diagnostics = { diagnostic } },
  }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, TIMEOUT)
  if not responses then return fail('codeAction request failed: ' .. tostring(err)) end
  local action = nil
  for _, response in pairs(responses) do
    if response.err then return fail('codeAction error: ' .. vim.inspect(response.err)) end
    for _, candidate in ipairs(response.result or {}) do
      if candidate.isPreferred and candidate.edit then action = candidate end
    end
  end
  if not action then return fail('no preferred quick-fix with an edit in ' .. vim.inspect(responses)) end
  say('applying: ' .. action.title)

  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  vim.cmd('write')

  -- The diagnostics for the buffer's current version no longer hold the mismatch.
  local cleared = vim.wait(TIMEOUT, function()
    return published ~= nil
      and published.version == vim.lsp.util.buf_versions[bufnr]
      and find('name-mismatch') == nil
  end, 50)
  if not cleared then
    return fail('name-mismatch did not clear; buffer version ' .. tostring(vim.lsp.util.buf_versions[bufnr]) .. ', last published: ' .. vim.inspect(published))
  end
  say('cleared at version ' .. tostring(published.version))
  local fixed = vim.api.nvim_buf_get_lines(bufnr, range.start.line, range.start.line + 1, true)[1]
  if fixed ~= 'Hi Hannah,' then return fail('after the fix the line reads ' .. vim.inspect(fixed)) end

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return exited ~= nil end, 50)
  vim.cmd('qall!')
end

local ok, error = pcall(run)
if not ok then fail('Lua error: ' .. tostring(error)) end
