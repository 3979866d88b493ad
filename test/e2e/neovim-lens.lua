-- The elements code lens from a real LSP client: headless Neovim 0.7, which has no
-- workspace/codeLens/refresh, so it asks for lenses itself. Run by test/e2e/neovim.test.ts as
--   INVITELINT_SERVER=bin/invitelint-language-server.js INVITELINT_EXPECT_LENS='stranger (inferred) · …' \
--   INVITELINT_EXPECT_INVITATION='I’d like to connect.' \
--   nvim --headless -u NONE -i NONE -n -c "luafile test/e2e/neovim-lens.lua" -- DRAFT
-- Waits for the first diagnostics, has Neovim request textDocument/codeLens (vim.lsp.codelens),
-- checks the lens title and line, checks the invitation highlight's range, runs the lens and
-- waits for its window/showMessage; exits with `qall!` (pass) or `cquit 1` (fail).

local TIMEOUT = 15000

local function say(message)
  io.stderr:write('neovim-lens.lua: ' .. message .. '\n')
end

local function fail(message)
  say('FAIL: ' .. message)
  vim.cmd('cquit 1')
end

local function run()
  local server = os.getenv('INVITELINT_SERVER')
  local expect_lens = os.getenv('INVITELINT_EXPECT_LENS')
  local expect_invitation = os.getenv('INVITELINT_EXPECT_INVITATION')
  if not server or server == '' then return fail('INVITELINT_SERVER is not set') end
  if not expect_lens or expect_lens == '' then return fail('INVITELINT_EXPECT_LENS is not set') end

  local bufnr = vim.api.nvim_get_current_buf()
  local fname = vim.api.nvim_buf_get_name(bufnr)
  local uri = vim.uri_from_bufnr(bufnr)

  local published = nil
  local shown = nil
  local handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == uri then published = result end
      return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
    end,
    ['window/showMessage'] = function(_, result)
      if result and type(result.message) == 'string' then shown = result end
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

  if not vim.wait(TIMEOUT, function() return published ~= nil or exited ~= nil end, 50) or exited ~= nil then
    return fail('no diagnostics published (server exit: ' .. tostring(exited) .. ')')
  end

  -- Neovim's own code lens support sends textDocument/codeLens and keeps (and displays) the result.
  vim.lsp.codelens.refresh()
  if not vim.wait(TIMEOUT, function() return #vim.lsp.codelens.get(bufnr) > 0 end, 50) then
    return fail('no code lens for the draft')
  end
  local lenses = vim.lsp.codelens.get(bufnr)
  if #lenses ~= 1 then return fail('expected one lens, got ' .. vim.inspect(lenses)) end
  local lens = lenses[1]
  local title = lens.command and lens.command.title
  say('lens on line ' .. lens.range.start.line .. ': ' .. tostring(title))
  if title ~= expect_lens then return fail('lens title ' .. vim.inspect(title) .. ', expected ' .. vim.inspect(expect_lens)) end
  local greeting = vim.api.nvim_buf_get_lines(bufnr, lens.range.start.line, lens.range.start.line + 1, true)[1]
  if not greeting:match('^Hi ') then return fail('lens is not on the greeting line but on ' .. vim.inspect(greeting)) end

  -- The invitation's highlight (kind Read) covers exactly that sentence: UTF-16 columns, as LSP says.
  local position = { line = 0, character = 0 }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentHighlight', { textDocument = { uri = uri }, position = position }, TIMEOUT)
  if not responses then return fail('documentHighlight failed: ' .. tostring(err)) end
  local covered = nil
  for _, response in pairs(responses) do
    if response.err then return fail('documentHighlight error: ' .. vim.inspect(response.err)) end
    for _, highlight in ipairs(response.result or {}) do
      if highlight.kind == 2 then
        local range = highlight.range
        local line = vim.api.nvim_buf_get_lines(bufnr, range.start.line, range.start.line + 1, true)[1]
        covered = line:sub(vim.str_byteindex(line, range.start.character, true) + 1, vim.str_byteindex(line, range['end'].character, true))
      end
    end
  end
  if covered ~= expect_invitation then return fail('invitation highlight covers ' .. vim.inspect(covered) .. ', expected ' .. vim.inspect(expect_invitation)) end

  -- Running the lens (as `:lua vim.lsp.codelens.run()` on its line does) shows the elements.
  vim.api.nvim_win_set_cursor(0, { lens.range.start.line + 1, 0 })
  vim.lsp.codelens.run()
  if not vim.wait(TIMEOUT, function() return shown ~= nil end, 50) then return fail('running the lens showed no message') end
  say('message:\n' .. shown.message)
  if not shown.message:find('invitation: «' .. expect_invitation .. '»', 1, true) then
    return fail('the message does not name the invitation: ' .. vim.inspect(shown.message))
  end

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return exited ~= nil end, 50)
  vim.cmd('qall!')
end

local ok, error = pcall(run)
if not ok then fail('Lua error: ' .. tostring(error)) end
