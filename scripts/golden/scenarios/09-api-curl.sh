# The Engine API with curl over the unix socket.
curl -s --unix-socket /var/run/docker.sock http://localhost/_ping
echo
curl -s -i --unix-socket /var/run/docker.sock http://localhost/_ping | head -1
curl -s --unix-socket /var/run/docker.sock http://localhost/version | jq -r .ApiVersion
curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/version | jq -r .ApiVersion
curl -s --unix-socket /var/run/docker.sock http://localhost/v1.99/version
echo
curl -s --unix-socket /var/run/docker.sock http://localhost/nope
echo
curl -s -o /dev/null -w '%{http_code}\n' --unix-socket /var/run/docker.sock http://localhost/nope
curl -s --unix-socket /var/run/docker.sock http://localhost/containers/g-none/json
echo
curl -s -o /dev/null -w '%{http_code}\n' --unix-socket /var/run/docker.sock http://localhost/containers/g-none/json
curl -s -X POST -H 'Content-Type: application/json' -d '{"Image":"busybox","Cmd":["echo","from api"],"Labels":{"g":"api"}}' --unix-socket /var/run/docker.sock 'http://localhost/containers/create?name=g-api' | jq -r 'keys[]'
curl -s -X POST -H 'Content-Type: application/json' -d '{"Image":"busybox"}' --unix-socket /var/run/docker.sock 'http://localhost/containers/create?name=g-api'
echo
curl -s -X POST -H 'Content-Type: application/json' -d '{"Image":"g-nope:1"}' --unix-socket /var/run/docker.sock 'http://localhost/containers/create'
echo
curl -s -X POST -H 'Content-Type: application/json' -d '{bad json' --unix-socket /var/run/docker.sock 'http://localhost/containers/create'
echo
curl -s -o /dev/null -w '%{http_code}\n' -X POST --unix-socket /var/run/docker.sock http://localhost/containers/g-api/start
curl -s -o /dev/null -w '%{http_code}\n' -X POST --unix-socket /var/run/docker.sock http://localhost/containers/g-api/wait
curl -s -X POST --unix-socket /var/run/docker.sock http://localhost/containers/g-api/wait
curl -s -o /dev/null -w '%{http_code}\n' -X POST --unix-socket /var/run/docker.sock http://localhost/containers/g-api/stop
curl -s --unix-socket /var/run/docker.sock 'http://localhost/containers/g-api/logs?stdout=1' | od -An -c | head -1
curl -s --unix-socket /var/run/docker.sock 'http://localhost/containers/g-api/logs'
echo
curl -g -s --unix-socket /var/run/docker.sock 'http://localhost/containers/json?all=1&filters={"label":["g=api"]}' | jq -r '.[].Names[]'
curl -s --unix-socket /var/run/docker.sock 'http://localhost/containers/json?all=true&filters=%7B%22label%22%3A%5B%22g%3Dapi%22%5D%7D' | jq -r '.[].State'
curl -s --unix-socket /var/run/docker.sock 'http://localhost/containers/json?filters=notjson'
echo
curl -s --unix-socket /var/run/docker.sock http://localhost/containers/g-api/json | jq -r '.State.Status, .State.ExitCode, .Name, .Config.Labels.g'
curl -s --unix-socket /var/run/docker.sock http://localhost/images/json | jq -r '.[].RepoTags[]?' | grep -c busybox:latest
curl -s --unix-socket /var/run/docker.sock http://localhost/images/busybox/json | jq -r '.Os, .Config.Cmd[0]'
curl -s --unix-socket /var/run/docker.sock http://localhost/images/g-nope/json
echo
curl -s -X POST --unix-socket /var/run/docker.sock http://localhost/containers/g-api/rename?name=g-api2 -o /dev/null -w '%{http_code}\n'
curl -s -X DELETE --unix-socket /var/run/docker.sock http://localhost/containers/g-api -w '%{http_code}\n'
curl -s -X DELETE --unix-socket /var/run/docker.sock http://localhost/containers/g-api2 -w '%{http_code}\n'
curl -s -f --unix-socket /var/run/docker.sock http://localhost/containers/g-api2/json
echo $?
curl -s --unix-socket /var/run/docker.sock http://localhost/networks | jq -r '.[].Name' | sort | grep -E '^(bridge|host|none)$'
curl -s --unix-socket /var/run/docker.sock http://localhost/networks/bridge | jq -r '.IPAM.Config[0].Subnet'
curl -s -X POST -H 'Content-Type: application/json' -d '{"Name":"g-apinet"}' --unix-socket /var/run/docker.sock http://localhost/networks/create | jq -r 'keys[]'
curl -s -X DELETE --unix-socket /var/run/docker.sock http://localhost/networks/g-apinet -w '%{http_code}\n'
curl -s -X POST -H 'Content-Type: application/json' -d '{"Name":"g-apivol"}' --unix-socket /var/run/docker.sock http://localhost/volumes/create | jq -r '.Name, .Driver'
curl -s --unix-socket /var/run/docker.sock http://localhost/volumes | jq -r '.Volumes[].Name' | grep g-apivol
curl -s -X DELETE --unix-socket /var/run/docker.sock http://localhost/volumes/g-apivol -w '%{http_code}\n'
curl -s --unix-socket /var/run/docker.sock http://localhost/volumes/g-apivol
echo
curl -s --unix-socket /var/run/docker.sock http://localhost/info | jq -r '.OSType, .Driver'
curl -s -X POST --unix-socket /var/run/docker.sock http://localhost/_ping -w ' %{http_code}\n'
